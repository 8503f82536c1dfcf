import type { CobrowseErrorFamily } from '@cobrowse-kit/core'
import type { CobrowseMessages } from './CobrowseMessages.js'

/** The kit's Spanish strings (neutral Spanish, usted form). */
const ES_ERRORS: Record<CobrowseErrorFamily, readonly [string, string]> = {
  sdk: ['No se pudo cargar el servicio de asistencia.', 'Compruebe la conexión o desactive el bloqueador de anuncios.'],
  token: ['No se pudo autorizar la sesión.', 'Vuelva a cargar la página e inténtelo de nuevo.'],
  session: ['La sesión no pudo continuar.', 'Inicie una nueva sesión.'],
  pin: ['El PIN no es válido.', 'Pida un PIN nuevo e inténtelo de nuevo.'],
  limit: ['Ya hay una sesión activa.', 'Cierre la otra pestaña o espere un momento.'],
  network: ['Se perdió la conexión.', 'Compruebe la red e inténtelo de nuevo.'],
  config: ['La asistencia no está bien configurada.', 'Avise al propietario del sitio.'],
  unknown: ['Algo salió mal.', 'Inténtelo de nuevo.'],
}

export const es: CobrowseMessages = {
  getHelp: 'Obtener ayuda',
  starting: 'Iniciando…',
  startingAnnouncement: 'Iniciando una sesión de asistencia…',
  pinLabel: 'Su PIN',
  pinAnnouncement: (spelledPin) => `Su PIN de asistencia es ${spelledPin}`,
  copyPin: 'Copiar PIN',
  pinCopied: 'Copiado',
  copyFailed: 'Seleccione el PIN y cópielo',
  agentConnected: 'Un agente puede ver esta página.',
  agentConnectedAnnouncement: 'Un agente se ha conectado y puede ver esta página.',
  reconnecting: 'Reconectando…',
  sessionEnded: 'La sesión ha finalizado.',
  sessionEndedAnnouncement: 'La sesión de asistencia ha finalizado.',
  endSession: 'Finalizar sesión',
  tryAgain: 'Reintentar',
  statusIdle: 'Sin iniciar',
  statusLoading: 'Cargando…',
  statusReady: 'Listo',
  statusStarting: 'Iniciando…',
  statusPin: 'Esperando a un agente',
  statusActive: (agentCount) => (agentCount === 1 ? '1 agente conectado' : `${agentCount} agentes conectados`),
  statusReconnecting: 'Reconectando…',
  statusEnded: 'Sesión finalizada',
  statusError: 'Se produjo un error',
  remoteAssistTitle: '¿Permitir que el agente desplace la página?',
  remoteAssistQuestion: (agentName) =>
    agentName
      ? `${agentName} solicita desplazar esta página por usted.`
      : 'El agente solicita desplazar esta página por usted.',
  allow: 'Permitir',
  deny: 'Rechazar',
  agentCanSeePage: 'Un agente puede ver esta página',
  agentCanScroll: 'El agente puede desplazar esta página',
  stopScrolling: 'Dejar de desplazar',
  stopSharing: 'Dejar de compartir',
  customerPin: 'PIN del cliente',
  join: 'Unirse',
  leave: 'Salir',
  agentJoining: 'Uniéndose…',
  agentJoined: 'Conectado',
  agentLeft: 'Ha salido de la sesión',
  agentSessionEnded: 'La sesión ha terminado',
  deskConnecting: 'Conectando con el escritorio…',
  deskTitle: 'Escritorio de cobrowse',
  // The error catalog is English; Spanish speaks per error family, which is what a customer can act on.
  errorMessage: (error) => ES_ERRORS[error.family][0],
  errorHint: (error) => ES_ERRORS[error.family][1],
}
