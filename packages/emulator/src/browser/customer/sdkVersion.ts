/**
 * `ZoomCobrowseSDK.version` of the emulated script. Deliberately not a Zoom version number: code that logs it shows
 * at a glance that the emulator, not Zoom, answered.
 */
export const sdkVersion = '0.1.0-emulator'
