import type { CobrowseMessages } from './CobrowseMessages.js'

/** The kit's Spanish strings (neutral Spanish, usted form). */
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
}
