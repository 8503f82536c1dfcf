// Generated from specs/videosdk-webhooks.openapi.json by:
//   node --import tsx packages/server/scripts/generateWebhookEvents.ts
// Do not edit by hand: change the generator or the spec, then run it again.
// The specs say additionalProperties: false, yet the schemas are loose on purpose: a field Zoom adds must not turn
// real deliveries into failures. Formats (int64, date-time, email) are documented, not enforced: int64 is an
// integer number, date-time and email are strings.

import * as v from 'valibot'

/** `session.ai_interpreter_usage_summary`, a Video SDK webhook. */
export interface VideoSdkSessionAiInterpreterUsageSummaryEvent {
  /** The name of the event. */
  event: 'session.ai_interpreter_usage_summary'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** The end time of AI interpreter usage. */
      end_time: string
      /** Whether the current user is the host of this session. */
      is_host: boolean
      /**
       * The participant's UUID. This value is assigned to a participant upon joining a session and is only
       * valid for the session's duration.
       */
      participant_uuid: string
      /** The ID of the session. Each instance of the session will have its own session_id. */
      session_id: string
      /** The name of the session. */
      session_name: string
      /** The start time of AI interpreter usage. */
      start_time: string
      /** The duration of AI interpreter usage. */
      usage: string
      /** The ID of the Video SDK custom session. */
      session_key?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionAiInterpreterUsageSummaryEvent}; loose, so keys Zoom adds later
 * are kept.
 */
export const VideoSdkSessionAiInterpreterUsageSummaryEventSchema = v.looseObject({
  event: v.literal('session.ai_interpreter_usage_summary'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      end_time: v.string(),
      is_host: v.boolean(),
      participant_uuid: v.string(),
      session_id: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      usage: v.string(),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.alert`, a Video SDK webhook. */
export interface VideoSdkSessionAlertEvent {
  /** The event's name. */
  event: 'session.alert'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** The session ID. */
      id: string
      /** Issues that occurred during the session. */
      issues: (
        | 'Unstable audio quality'
        | 'Unstable video quality'
        | 'Unstable screen share quality'
        | 'High CPU occupation'
        | 'Call Reconnection'
      )[]
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionAlertEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionAlertEventSchema = v.looseObject({
  event: v.literal('session.alert'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      id: v.string(),
      issues: v.array(
        v.picklist([
          'Unstable audio quality',
          'Unstable video quality',
          'Unstable screen share quality',
          'High CPU occupation',
          'Call Reconnection',
        ]),
      ),
      session_id: v.string(),
      session_name: v.string(),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.ended`, a Video SDK webhook. */
export interface VideoSdkSessionEndedEvent {
  /** The name of the event. */
  event: 'session.ended'
  /**
   * Timestamp at which the event occurred, in milliseconds since epoch. The value of this field is returned
   * in long(int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /**
       * The session's end time.
       *
       * Format: `date-time`.
       */
      end_time: string
      /** The session ID. */
      id: string
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session's start time.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionEndedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionEndedEventSchema = v.looseObject({
  event: v.literal('session.ended'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      end_time: v.string(),
      id: v.string(),
      session_id: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.live_streaming_started`, a Video SDK webhook. */
export interface VideoSdkSessionLiveStreamingStartedEvent {
  /** Name of the event. */
  event: 'session.live_streaming_started'
  /**
   * Timestamp (in milliseconds since epoch) at which the event occurred. The value of this field is returned
   * in long(int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The session ID. */
      id: string
      /** Information about the participant. */
      live_streaming: {
        /** The live stream settings. */
        custom_live_streaming_settings: {
          /** The live stream's page URL. */
          page_url: string
          /** The stream's key. */
          stream_key: string
          /** The stream's URL. */
          stream_url: string
          /** The number of pixels in each dimension that the video camera can display. */
          resolution?: string
        }
        /**
         * The live stream's start time.
         *
         * Format: `date-time`.
         */
        date_time: string
        /** The name of the Live Streaming service. */
        service: 'Facebook' | 'Workplace_by_Facebook' | 'YouTube' | 'Custom_Live_Streaming_Service'
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session's start time.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionLiveStreamingStartedEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionLiveStreamingStartedEventSchema = v.looseObject({
  event: v.literal('session.live_streaming_started'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      id: v.string(),
      live_streaming: v.looseObject({
        custom_live_streaming_settings: v.looseObject({
          page_url: v.string(),
          stream_key: v.string(),
          stream_url: v.string(),
          resolution: v.exactOptional(v.string()),
        }),
        date_time: v.string(),
        service: v.picklist(['Facebook', 'Workplace_by_Facebook', 'YouTube', 'Custom_Live_Streaming_Service']),
      }),
      session_id: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.live_streaming_stopped`, a Video SDK webhook. */
export interface VideoSdkSessionLiveStreamingStoppedEvent {
  /** The name of the event. */
  event: 'session.live_streaming_stopped'
  /**
   * Timestamp (in milliseconds since epoch) at which the event occurred. The value of this field is returned
   * in long(int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The session ID. */
      id: string
      /** Information about the participant. */
      live_streaming: {
        /** The live stream settings. */
        custom_live_streaming_settings: {
          /** The live stream's page URL. */
          page_url: string
          /** The stream's Key. */
          stream_key: string
          /** The stream's URL. */
          stream_url: string
          /** The number of pixels in each dimension that the video camera can display. */
          resolution?: string
        }
        /**
         * The live stream's stop time.
         *
         * Format: `date-time`.
         */
        date_time: string
        /** The name of the Live Streaming service. */
        service: 'Facebook' | 'Workplace_by_Facebook' | 'YouTube' | 'Custom_Live_Streaming_Service'
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session's start time.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionLiveStreamingStoppedEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionLiveStreamingStoppedEventSchema = v.looseObject({
  event: v.literal('session.live_streaming_stopped'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      id: v.string(),
      live_streaming: v.looseObject({
        custom_live_streaming_settings: v.looseObject({
          page_url: v.string(),
          stream_key: v.string(),
          stream_url: v.string(),
          resolution: v.exactOptional(v.string()),
        }),
        date_time: v.string(),
        service: v.picklist(['Facebook', 'Workplace_by_Facebook', 'YouTube', 'Custom_Live_Streaming_Service']),
      }),
      session_id: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.recording_completed`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingCompletedEvent {
  /**
   * A generated token used to download the recording. The download token only lasts for 24 hours after its
   * creation and you can only download the file within 24 hours of receiving the event notification. Pass the
   * download_token as a Bearer token in the Authorization header of your HTTP request. For example: curl
   * --request GET \ --url {download_url} \ --header 'authorization: Bearer {download_token} \ --header
   * 'content-type: application/json'
   */
  download_token: string
  /** The event's name. */
  event: 'session.recording_completed'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** List of recording file. */
      recording_files: {
        /**
         * The URL at which to download the the recording. To access a private or password-protected cloud
         * recording of a user in your account, use your [Video SDK API
         * JWT](https://marketplace.zoom.us/docs/guides/build/video-sdk-app/#video-sdk-and-api-credentials).
         * Pass the generated JWT as a Bearer token in the Authorization header of your HTTP request. For
         * example: curl --request GET \ --url {download_url} \ --header 'authorization: Bearer {JWT} \
         * --header 'content-type: application/json'
         */
        download_url?: string
        /** The archived file's file extension. */
        file_extension?: 'MP4' | 'M4A' | 'TXT' | 'VTT' | 'CSV' | 'JSON' | 'JPG'
        /** Name of the file. */
        file_name?: string
        /**
         * The file path to the On-Premise account recording. **Note:** This API only returns this field for
         * [Zoom On-Premise
         * accounts](https://support.zoom.us/hc/en-us/articles/360034064852-Zoom-On-Premise-Deployment). It
         * does **not** return the download_url field.
         */
        file_path?: string
        /** The recording file size. */
        file_size?: number
        /**
         * The recording file type. The value of this field could be one of the following:
         * MP4: Video file of the recording.
         * M4A Audio-only file of the recording.
         * TIMELINE: Timestamp file of the recording in JSON file format. To get a timeline file, the "Add a
         * timestamp to the recording" setting must be enabled in the [recording
         * settings](https://support.zoom.us/hc/en-us/articles/360060316092). The time will display in the
         * host's timezone, set on their Zoom profile.
         * TRANSCRIPT: Transcription file of the recording in VTT format.
         * CHAT: A TXT file containing in-session chat messages that were sent during the session.
         * CC: File containing closed captions of the recording in VTT file format.
         * CSV: File containing polling data in csv format.
         * A recording file object with file type of either CC or TIMELINE **does not have** the following
         * properties:
         * id, status, file_size, recording_type.
         */
        file_type?: 'MP4' | 'M4A' | 'CHAT' | 'TRANSCRIPT' | 'CSV' | 'CC' | 'TB' | 'CHAT_MESSAGE'
        /** The recording file ID. Included in the response of general query. */
        id?: string
        /** The recording end time. Response in general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
        /**
         * The recording type. The value of this field can be one of the following:
         * shared_screen_with_speaker_view(CC)
         * shared_screen_with_speaker_view
         * shared_screen_with_gallery_view
         * speaker_view
         * gallery_view
         * shared_screen
         * audio_only
         * audio_transcript
         * chat_file
         * active_speaker
         * poll
         * timeline
         * closed_caption
         */
        recording_type?:
          | 'shared_screen_with_speaker_view(CC)'
          | 'shared_screen_with_speaker_view'
          | 'shared_screen_with_gallery_view'
          | 'gallery_view'
          | 'shared_screen'
          | 'audio_only'
          | 'audio_transcript'
          | 'chat_file'
          | 'active_speaker'
          | 'host_video'
          | 'audio_only_each_participant'
          | 'cc_transcript'
          | 'closed_caption'
          | 'poll'
          | 'timeline'
          | 'thumbnail'
          | 'chat_message'
        /** The recording status. */
        status?: 'completed'
      }[]
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
      /** List of recording file. */
      participant_audio_files?: {
        /**
         * The URL at which to download the the recording. To access a private or password-protected cloud
         * recording of a user in your account, use your [Video SDK API
         * JWT](https://marketplace.zoom.us/docs/guides/build/video-sdk-app/#video-sdk-and-api-credentials).
         * Pass the generated JWT as a Bearer token in the Authorization header of your HTTP request. For
         * example: curl --request GET \ --url {download_url} \ --header 'authorization: Bearer {JWT} \
         * --header 'content-type: application/json'
         */
        download_url?: string
        /** The archived file's file extension. */
        file_extension?: 'MP4' | 'M4A' | 'TXT' | 'VTT' | 'CSV' | 'JSON' | 'JPG'
        /** Name of the file. */
        file_name?: string
        /**
         * The file path to the On-Premise account recording. **Note:** This API only returns this field for
         * [Zoom On-Premise
         * accounts](https://support.zoom.us/hc/en-us/articles/360034064852-Zoom-On-Premise-Deployment). It
         * does **not** return the download_url field.
         */
        file_path?: string
        /** The recording file size. */
        file_size?: number
        /**
         * The recording file type. The value of this field could be one of the following:
         * MP4: Video file of the recording.
         * M4A Audio-only file of the recording.
         * TIMELINE: Timestamp file of the recording in JSON file format. To get a timeline file, the "Add a
         * timestamp to the recording" setting must be enabled in the [recording
         * settings](https://support.zoom.us/hc/en-us/articles/360060316092). The time will display in the
         * host's timezone, set on their Zoom profile.
         * TRANSCRIPT: Transcription file of the recording in VTT format.
         * CHAT: A TXT file containing in-session chat messages that were sent during the session.
         * CC: File containing closed captions of the recording in VTT file format.
         * CSV: File containing polling data in csv format.
         * A recording file object with file type of either CC or TIMELINE **does not have** the following
         * properties:
         * id, status, file_size, recording_type.
         */
        file_type?: 'MP4' | 'M4A' | 'CHAT' | 'TRANSCRIPT' | 'CSV' | 'CC' | 'TB' | 'CHAT_MESSAGE'
        /** The recording file ID. Included in the response of general query. */
        id?: string
        /** The recording end time. Response in general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
        /**
         * The recording type. The value of this field can be one of the following:
         * shared_screen_with_speaker_view(CC)
         * shared_screen_with_speaker_view
         * shared_screen_with_gallery_view
         * speaker_view
         * gallery_view
         * shared_screen
         * audio_only
         * audio_transcript
         * chat_file
         * active_speaker
         * poll
         * timeline
         * closed_caption
         */
        recording_type?:
          | 'shared_screen_with_speaker_view(CC)'
          | 'shared_screen_with_speaker_view'
          | 'shared_screen_with_gallery_view'
          | 'gallery_view'
          | 'shared_screen'
          | 'audio_only'
          | 'audio_transcript'
          | 'chat_file'
          | 'active_speaker'
          | 'host_video'
          | 'audio_only_each_participant'
          | 'cc_transcript'
          | 'closed_caption'
          | 'poll'
          | 'timeline'
          | 'thumbnail'
          | 'chat_message'
        /** The recording status. */
        status?: 'completed'
        /**
         * The participant's session user ID. This value is assigned to a participant upon joining a session
         * and is only valid for the duration of the session.
         */
        user_id?: string
        /**
         * The participant's SDK identifier. Set with the user_identity key in the Video SDK JWT payload. This
         * value can be alphanumeric, up to a maximum length of 35 characters.
         */
        user_key?: string
      }[]
      /** List of recording file. */
      participant_video_files?: {
        /**
         * The URL at which to download the the recording. To access a private or password-protected cloud
         * recording of a user in your account, use your [Video SDK API
         * JWT](https://marketplace.zoom.us/docs/guides/build/video-sdk-app/#video-sdk-and-api-credentials).
         * Pass the generated JWT as a Bearer token in the Authorization header of your HTTP request. For
         * example: curl --request GET \ --url {download_url} \ --header 'authorization: Bearer {JWT} \
         * --header 'content-type: application/json'
         */
        download_url?: string
        /** The archived file's file extension. */
        file_extension?: 'MP4'
        /** Name of the file. */
        file_name?: string
        /**
         * The file path to the On-Premise account recording. **Note:** This API only returns this field for
         * [Zoom On-Premise
         * accounts](https://support.zoom.us/hc/en-us/articles/360034064852-Zoom-On-Premise-Deployment). It
         * does **not** return the download_url field.
         */
        file_path?: string
        /** The recording file size. */
        file_size?: number
        /**
         * The recording file type. The value of this field could be one of the following:
         * MP4: Video file of the recording.
         */
        file_type?: 'MP4'
        /** The recording file ID. Included in the response of general query. */
        id?: string
        /** The recording end time. Response in general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
        /**
         * The recording type. The value of this field can be one of the following:
         * shared_screen_with_speaker_view(CC)
         * shared_screen_with_speaker_view
         * shared_screen_with_gallery_view
         * speaker_view
         * gallery_view
         * shared_screen
         * audio_only
         * audio_transcript
         * chat_file
         * active_speaker
         * poll
         * timeline
         * closed_caption
         */
        recording_type?: 'individual_user' | 'individual_shared_screen'
        /** The recording status. */
        status?: 'completed'
        /**
         * The participant's session user ID. This value is assigned to a participant upon joining a session
         * and is only valid for the duration of the session.
         */
        user_id?: string
        /**
         * The participant's SDK identifier. Set with the user_identity key in the Video SDK JWT payload. This
         * value can be alphanumeric, up to a maximum length of 35 characters.
         */
        user_key?: string
      }[]
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionRecordingCompletedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionRecordingCompletedEventSchema = v.looseObject({
  download_token: v.string(),
  event: v.literal('session.recording_completed'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      recording_files: v.array(
        v.looseObject({
          download_url: v.exactOptional(v.string()),
          file_extension: v.exactOptional(v.picklist(['MP4', 'M4A', 'TXT', 'VTT', 'CSV', 'JSON', 'JPG'])),
          file_name: v.exactOptional(v.string()),
          file_path: v.exactOptional(v.string()),
          file_size: v.exactOptional(v.number()),
          file_type: v.exactOptional(
            v.picklist(['MP4', 'M4A', 'CHAT', 'TRANSCRIPT', 'CSV', 'CC', 'TB', 'CHAT_MESSAGE']),
          ),
          id: v.exactOptional(v.string()),
          recording_end: v.exactOptional(v.string()),
          recording_start: v.exactOptional(v.string()),
          recording_type: v.exactOptional(
            v.picklist([
              'shared_screen_with_speaker_view(CC)',
              'shared_screen_with_speaker_view',
              'shared_screen_with_gallery_view',
              'gallery_view',
              'shared_screen',
              'audio_only',
              'audio_transcript',
              'chat_file',
              'active_speaker',
              'host_video',
              'audio_only_each_participant',
              'cc_transcript',
              'closed_caption',
              'poll',
              'timeline',
              'thumbnail',
              'chat_message',
            ]),
          ),
          status: v.exactOptional(v.literal('completed')),
        }),
      ),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
      participant_audio_files: v.exactOptional(
        v.array(
          v.looseObject({
            download_url: v.exactOptional(v.string()),
            file_extension: v.exactOptional(v.picklist(['MP4', 'M4A', 'TXT', 'VTT', 'CSV', 'JSON', 'JPG'])),
            file_name: v.exactOptional(v.string()),
            file_path: v.exactOptional(v.string()),
            file_size: v.exactOptional(v.number()),
            file_type: v.exactOptional(
              v.picklist(['MP4', 'M4A', 'CHAT', 'TRANSCRIPT', 'CSV', 'CC', 'TB', 'CHAT_MESSAGE']),
            ),
            id: v.exactOptional(v.string()),
            recording_end: v.exactOptional(v.string()),
            recording_start: v.exactOptional(v.string()),
            recording_type: v.exactOptional(
              v.picklist([
                'shared_screen_with_speaker_view(CC)',
                'shared_screen_with_speaker_view',
                'shared_screen_with_gallery_view',
                'gallery_view',
                'shared_screen',
                'audio_only',
                'audio_transcript',
                'chat_file',
                'active_speaker',
                'host_video',
                'audio_only_each_participant',
                'cc_transcript',
                'closed_caption',
                'poll',
                'timeline',
                'thumbnail',
                'chat_message',
              ]),
            ),
            status: v.exactOptional(v.literal('completed')),
            user_id: v.exactOptional(v.string()),
            user_key: v.exactOptional(v.string()),
          }),
        ),
      ),
      participant_video_files: v.exactOptional(
        v.array(
          v.looseObject({
            download_url: v.exactOptional(v.string()),
            file_extension: v.exactOptional(v.literal('MP4')),
            file_name: v.exactOptional(v.string()),
            file_path: v.exactOptional(v.string()),
            file_size: v.exactOptional(v.number()),
            file_type: v.exactOptional(v.literal('MP4')),
            id: v.exactOptional(v.string()),
            recording_end: v.exactOptional(v.string()),
            recording_start: v.exactOptional(v.string()),
            recording_type: v.exactOptional(v.picklist(['individual_user', 'individual_shared_screen'])),
            status: v.exactOptional(v.literal('completed')),
            user_id: v.exactOptional(v.string()),
            user_key: v.exactOptional(v.string()),
          }),
        ),
      ),
    }),
  }),
})

/** `session.recording_deleted`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingDeletedEvent {
  /** The event's name. */
  event: 'session.recording_deleted'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
    /**
     * The email address of the user who deleted the recording.
     *
     * Format: `email`.
     */
    operator: string
    /** The user ID of the user who deleted the recording. */
    operator_id: string
  }
}

/** Run-time schema of {@link VideoSdkSessionRecordingDeletedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionRecordingDeletedEventSchema = v.looseObject({
  event: v.literal('session.recording_deleted'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
    operator: v.string(),
    operator_id: v.string(),
  }),
})

/** `session.recording_paused`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingPausedEvent {
  /** The event's name. */
  event: 'session.recording_paused'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      recording_file: {
        /** The recording end time. Response in general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionRecordingPausedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionRecordingPausedEventSchema = v.looseObject({
  event: v.literal('session.recording_paused'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      recording_file: v.looseObject({
        recording_end: v.exactOptional(v.string()),
        recording_start: v.exactOptional(v.string()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
  }),
})

/** `session.recording_recovered`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingRecoveredEvent {
  /** The event's name. */
  event: 'session.recording_recovered'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
    /**
     * The email address of the user who deleted the recording.
     *
     * Format: `email`.
     */
    operator: string
    /** The user ID of the user who deleted the recording. */
    operator_id: string
  }
}

/** Run-time schema of {@link VideoSdkSessionRecordingRecoveredEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionRecordingRecoveredEventSchema = v.looseObject({
  event: v.literal('session.recording_recovered'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
    operator: v.string(),
    operator_id: v.string(),
  }),
})

/** `session.recording_resumed`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingResumedEvent {
  /** The event's name. */
  event: 'session.recording_resumed'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      recording_file: {
        /** The recording end time. Response in general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionRecordingResumedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionRecordingResumedEventSchema = v.looseObject({
  event: v.literal('session.recording_resumed'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      recording_file: v.looseObject({
        recording_end: v.exactOptional(v.string()),
        recording_start: v.exactOptional(v.string()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
  }),
})

/** `session.recording_started`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingStartedEvent {
  /** The event's name. */
  event: 'session.recording_started'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      recording_file: {
        /** The recording end time. Response in general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionRecordingStartedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionRecordingStartedEventSchema = v.looseObject({
  event: v.literal('session.recording_started'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      recording_file: v.looseObject({
        recording_end: v.exactOptional(v.string()),
        recording_start: v.exactOptional(v.string()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
  }),
})

/** `session.recording_stopped`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingStoppedEvent {
  /** The event's name. */
  event: 'session.recording_stopped'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      recording_file: {
        /** The recording end time. Response in general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionRecordingStoppedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionRecordingStoppedEventSchema = v.looseObject({
  event: v.literal('session.recording_stopped'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      recording_file: v.looseObject({
        recording_end: v.exactOptional(v.string()),
        recording_start: v.exactOptional(v.string()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
  }),
})

/** `session.recording_summary_completed`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingSummaryCompletedEvent {
  /**
   * The URL to download the recording. To download, set your [Video SDK API
   * JWT](https://developers.zoom.us/docs/video-sdk/api-request/) as a Bearer token in the Authorization
   * header of your HTTP request. For example: curl "{download_url}" --header "authorization: Bearer {access
   * token or JWT}" --header "content-type: application/json". Note: The download_url may be a redirect. In
   * that case, use curl --location "{download_url}" to follow redirects or use another tool, like Postman.
   */
  download_token: string
  /** The event's name. */
  event: 'session.recording_summary_completed'
  /**
   * A timestamp, in milliseconds since epoch, when the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** List of recording files. */
      recording_files: {
        /**
         * The URL to download the recording. To download, set your [Video SDK API
         * JWT](https://developers.zoom.us/docs/video-sdk/api-request/) as a Bearer token in the Authorization
         * header of your HTTP request. For example: curl "{download_url}" --header "authorization: Bearer
         * {access token or JWT}" --header "content-type: application/json". Note: The download_url may be a
         * redirect. In that case, use curl --location "{download_url}" to follow redirects or use another
         * tool, like Postman.
         */
        download_url?: string
        /** The archived file's file extension. */
        file_extension?: 'JSON'
        /** The file name. */
        file_name?: string
        /**
         * The file path to the on-premise account recording. **Note:** This API only returns this field for
         * [Zoom On-Premise
         * accounts](https://support.zoom.us/hc/en-us/articles/360034064852-Zoom-On-Premise-Deployment). It
         * does **not** return the download_url field.
         */
        file_path?: string
        /** The recording file size. */
        file_size?: number
        /**
         * The recording file type. The value of this field is:
         * SUMMARY: Summary file of the recording in JSON format
         */
        file_type?: 'SUMMARY'
        /** The recording file ID. Included in the response of the general query. */
        id?: string
        /** The recording end time. Response in the general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
        /**
         * The recording type. The value of this field is:
         * summary
         */
        recording_type?: 'summary'
        /** The recording status. */
        status?: 'completed'
      }[]
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The session start time.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionRecordingSummaryCompletedEvent}; loose, so keys Zoom adds later
 * are kept.
 */
export const VideoSdkSessionRecordingSummaryCompletedEventSchema = v.looseObject({
  download_token: v.string(),
  event: v.literal('session.recording_summary_completed'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      recording_files: v.array(
        v.looseObject({
          download_url: v.exactOptional(v.string()),
          file_extension: v.exactOptional(v.literal('JSON')),
          file_name: v.exactOptional(v.string()),
          file_path: v.exactOptional(v.string()),
          file_size: v.exactOptional(v.number()),
          file_type: v.exactOptional(v.literal('SUMMARY')),
          id: v.exactOptional(v.string()),
          recording_end: v.exactOptional(v.string()),
          recording_start: v.exactOptional(v.string()),
          recording_type: v.exactOptional(v.literal('summary')),
          status: v.exactOptional(v.literal('completed')),
        }),
      ),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
  }),
})

/** `session.recording_transcript_completed`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingTranscriptCompletedEvent {
  /**
   * A generated token used to download the recording. The download token only lasts for 24 hours after its
   * creation and you can only download the file within 24 hours of receiving the event notification. You can
   * either pass the download_token as a Bearer token in the Authorization header of your HTTP request
   * (recommended) or include it as a query parameter. See the following for examples. **Using an
   * Authorization header (Recommended)** curl --request GET \ --url {download_url} \ --header 'authorization:
   * Bearer {download_token} \ --header 'content-type: application/json' **Using a query parameter**
   * {download_url}/?access_token={download_token} For example:
   * https://zoom.us/recording/download/123456?access_token=abcdefgh
   */
  download_token: string
  /** The event's name. */
  event: 'session.recording_transcript_completed'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** List of recording file. */
      recording_files: {
        /**
         * The URL at which to download the the recording. To access a private or password-protected cloud
         * recording of a user in your account, use your [Video SDK API
         * JWT](https://marketplace.zoom.us/docs/guides/build/video-sdk-app/#video-sdk-and-api-credentials).
         * You can either pass the generated JWT as a Bearer token in the Authorization header of your HTTP
         * request (recommended) or include it as a query parameter at the end of the URL. See the following
         * for examples. **Using an Authorization header (Recommended)** curl --request GET \ --url
         * {download_url} \ --header 'authorization: Bearer {JWT} \ --header 'content-type: application/json'
         * **Using a query parameter** {download_url}/?access_token={download_token} For example:
         * https://{base-domain}/recording/download/{path-to-file-download}?access_token={JWT}.
         */
        download_url?: string
        /** The archived file's file extension. */
        file_extension?: 'MP4' | 'M4A' | 'TXT' | 'VTT' | 'CSV' | 'JSON' | 'JPG'
        /** Name of the file. */
        file_name?: string
        /**
         * The file path to the On-Premise account recording. **Note:** This API only returns this field for
         * [Zoom On-Premise
         * accounts](https://support.zoom.us/hc/en-us/articles/360034064852-Zoom-On-Premise-Deployment). It
         * does **not** return the download_url field.
         */
        file_path?: string
        /** The recording file size. */
        file_size?: number
        /**
         * The recording file type. The value of this field could be one of the following:
         * MP4: Video file of the recording.
         * M4A Audio-only file of the recording.
         * TIMELINE: Timestamp file of the recording in JSON file format. To get a timeline file, the "Add a
         * timestamp to the recording" setting must be enabled in the [recording
         * settings](https://support.zoom.us/hc/en-us/articles/360060316092). The time will display in the
         * host's timezone, set on their Zoom profile.
         * TRANSCRIPT: Transcription file of the recording in VTT format.
         * CHAT: A TXT file containing in-session chat messages that were sent during the session.
         * CC: File containing closed captions of the recording in VTT file format.
         * CSV: File containing polling data in csv format.
         * A recording file object with file type of either CC or TIMELINE **does not have** the following
         * properties:
         * id, status, file_size, recording_type.
         */
        file_type?: 'MP4' | 'M4A' | 'CHAT' | 'TRANSCRIPT' | 'CSV' | 'CC' | 'TB' | 'CHAT_MESSAGE' | 'TIMELINE'
        /** The recording file ID. Included in the response of general query. */
        id?: string
        /** The recording end time. Response in general query. */
        recording_end?: string
        /** The recording start time. */
        recording_start?: string
        /**
         * The recording type. The value of this field can be one of the following:
         * shared_screen_with_speaker_view(CC)
         * shared_screen_with_speaker_view
         * shared_screen_with_gallery_view
         * speaker_view
         * gallery_view
         * shared_screen
         * audio_only
         * audio_transcript
         * chat_file
         * active_speaker
         * poll
         * timeline
         * closed_caption
         */
        recording_type?:
          | 'shared_screen_with_speaker_view(CC)'
          | 'shared_screen_with_speaker_view'
          | 'shared_screen_with_gallery_view'
          | 'gallery_view'
          | 'shared_screen'
          | 'audio_only'
          | 'audio_transcript'
          | 'chat_file'
          | 'active_speaker'
          | 'host_video'
          | 'audio_only_each_participant'
          | 'cc_transcript'
          | 'closed_caption'
          | 'poll'
          | 'timeline'
          | 'thumbnail'
          | 'chat_message'
        /** The recording status. */
        status?: 'completed'
      }[]
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionRecordingTranscriptCompletedEvent}; loose, so keys Zoom adds later
 * are kept.
 */
export const VideoSdkSessionRecordingTranscriptCompletedEventSchema = v.looseObject({
  download_token: v.string(),
  event: v.literal('session.recording_transcript_completed'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      recording_files: v.array(
        v.looseObject({
          download_url: v.exactOptional(v.string()),
          file_extension: v.exactOptional(v.picklist(['MP4', 'M4A', 'TXT', 'VTT', 'CSV', 'JSON', 'JPG'])),
          file_name: v.exactOptional(v.string()),
          file_path: v.exactOptional(v.string()),
          file_size: v.exactOptional(v.number()),
          file_type: v.exactOptional(
            v.picklist(['MP4', 'M4A', 'CHAT', 'TRANSCRIPT', 'CSV', 'CC', 'TB', 'CHAT_MESSAGE', 'TIMELINE']),
          ),
          id: v.exactOptional(v.string()),
          recording_end: v.exactOptional(v.string()),
          recording_start: v.exactOptional(v.string()),
          recording_type: v.exactOptional(
            v.picklist([
              'shared_screen_with_speaker_view(CC)',
              'shared_screen_with_speaker_view',
              'shared_screen_with_gallery_view',
              'gallery_view',
              'shared_screen',
              'audio_only',
              'audio_transcript',
              'chat_file',
              'active_speaker',
              'host_video',
              'audio_only_each_participant',
              'cc_transcript',
              'closed_caption',
              'poll',
              'timeline',
              'thumbnail',
              'chat_message',
            ]),
          ),
          status: v.exactOptional(v.literal('completed')),
        }),
      ),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
  }),
})

/** `session.recording_transcript_failed`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingTranscriptFailedEvent {
  /** The event's name. */
  event: 'session.recording_transcript_failed'
  /**
   * A timestamp, in milliseconds since epoch, when the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time when the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionRecordingTranscriptFailedEvent}; loose, so keys Zoom adds later
 * are kept.
 */
export const VideoSdkSessionRecordingTranscriptFailedEventSchema = v.looseObject({
  event: v.literal('session.recording_transcript_failed'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
  }),
})

/** `session.recording_trashed`, a Video SDK webhook. */
export interface VideoSdkSessionRecordingTrashedEvent {
  /** The event's name. */
  event: 'session.recording_trashed'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /**
       * The time at which the session started.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The user's timezone. */
      timezone: string
    }
    /**
     * The email address of the user who deleted the recording.
     *
     * Format: `email`.
     */
    operator: string
    /** The user ID of the user who deleted the recording. */
    operator_id: string
  }
}

/** Run-time schema of {@link VideoSdkSessionRecordingTrashedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionRecordingTrashedEventSchema = v.looseObject({
  event: v.literal('session.recording_trashed'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      timezone: v.string(),
    }),
    operator: v.string(),
    operator_id: v.string(),
  }),
})

/** `session.sharing_ended`, a Video SDK webhook. */
export interface VideoSdkSessionSharingEndedEvent {
  /** The event's name. */
  event: 'session.sharing_ended'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** The session ID. */
      id: string
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the user. */
      user: {
        /**
         * The user's unique ID. This value is assigned to the user upon joining a session and is only valid
         * for that session.
         */
        id: string
        /** The user's username. */
        name: string
        /** Information about the session's screen sharing. */
        sharing_details: {
          /**
           * The type of shared content: * application — An application. For example, a web browser. *
           * whiteboard — The Zoom
           * [whiteboard](https://support.zoom.us/hc/en-us/articles/205677665-Sharing-a-whiteboard). * desktop
           * — A user's desktop. * unknown — An unrecognized application, such as a third party app.
           */
          content: 'application' | 'whiteboard' | 'desktop' | 'unknown'
          /**
           * The session's screen sharing date and time.
           *
           * Format: `date-time`.
           */
          date_time: string
        }
        /** Another identifier for the user. Can be a number or characters. */
        user_key?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionSharingEndedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionSharingEndedEventSchema = v.looseObject({
  event: v.literal('session.sharing_ended'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      id: v.string(),
      session_id: v.string(),
      session_name: v.string(),
      user: v.looseObject({
        id: v.string(),
        name: v.string(),
        sharing_details: v.looseObject({
          content: v.picklist(['application', 'whiteboard', 'desktop', 'unknown']),
          date_time: v.string(),
        }),
        user_key: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.sharing_started`, a Video SDK webhook. */
export interface VideoSdkSessionSharingStartedEvent {
  /** The event's name. */
  event: 'session.sharing_started'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** The session ID. */
      id: string
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the user. */
      user: {
        /**
         * The user's unique ID. This value is assigned to the user upon joining a session and is only valid
         * for that session.
         */
        id: string
        /** The user's username. */
        name: string
        /** Information about the session's screen sharing. */
        sharing_details: {
          /**
           * The type of shared content: * application — An application. For example, a web browser. *
           * whiteboard — The Zoom
           * [whiteboard](https://support.zoom.us/hc/en-us/articles/205677665-Sharing-a-whiteboard). * desktop
           * — A user's desktop. * unknown — An unrecognized application, such as a third party app.
           */
          content: 'application' | 'whiteboard' | 'desktop' | 'unknown'
          /**
           * The session's screen sharing date and time.
           *
           * Format: `date-time`.
           */
          date_time: string
        }
        /** Another identifier for the user. Can be a number or characters. */
        user_key?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionSharingStartedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionSharingStartedEventSchema = v.looseObject({
  event: v.literal('session.sharing_started'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      id: v.string(),
      session_id: v.string(),
      session_name: v.string(),
      user: v.looseObject({
        id: v.string(),
        name: v.string(),
        sharing_details: v.looseObject({
          content: v.picklist(['application', 'whiteboard', 'desktop', 'unknown']),
          date_time: v.string(),
        }),
        user_key: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.started`, a Video SDK webhook. */
export interface VideoSdkSessionStartedEvent {
  /** The name of the event. */
  event: 'session.started'
  /**
   * Timestamp (in milliseconds since epoch) at which the event occurred. The value of this field is returned
   * in long(int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The session's ID. */
      id: string
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session's start time.
       *
       * Format: `date-time`.
       */
      start_time: string
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionStartedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionStartedEventSchema = v.looseObject({
  event: v.literal('session.started'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      id: v.string(),
      session_id: v.string(),
      session_name: v.string(),
      start_time: v.string(),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.stream_ingestion_connected`, a Video SDK webhook. */
export interface VideoSdkSessionStreamIngestionConnectedEvent {
  /** Name of the event. */
  event: 'session.stream_ingestion_connected'
  /**
   * Timestamp (in milliseconds since epoch) when the event occurred. The value of this field is returned in
   * long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the stream ingestion. */
      stream_ingestion: {
        /** The backup stream URL. */
        backup_stream_url: string
        /** The stream ingestion ID. */
        stream_id: string
        /** The stream ingestion key. */
        stream_key: string
        /** The stream ingestion name. */
        stream_name: string
        /** The stream URL. */
        stream_url: string
        /** The stream ingestion description. */
        stream_description?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionStreamIngestionConnectedEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionStreamIngestionConnectedEventSchema = v.looseObject({
  event: v.literal('session.stream_ingestion_connected'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_name: v.string(),
      stream_ingestion: v.looseObject({
        backup_stream_url: v.string(),
        stream_id: v.string(),
        stream_key: v.string(),
        stream_name: v.string(),
        stream_url: v.string(),
        stream_description: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.stream_ingestion_disconnected`, a Video SDK webhook. */
export interface VideoSdkSessionStreamIngestionDisconnectedEvent {
  /** Name of the event. */
  event: 'session.stream_ingestion_disconnected'
  /**
   * Timestamp (in milliseconds since epoch) when the event occurred. The value of this field is returned in
   * long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the stream ingestion. */
      stream_ingestion: {
        /** The backup stream URL. */
        backup_stream_url: string
        /** The stream ingestion ID. */
        stream_id: string
        /** The stream ingestion key. */
        stream_key: string
        /** The stream ingestion name. */
        stream_name: string
        /** The stream URL. */
        stream_url: string
        /** The stream ingestion description. */
        stream_description?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionStreamIngestionDisconnectedEvent}; loose, so keys Zoom adds later
 * are kept.
 */
export const VideoSdkSessionStreamIngestionDisconnectedEventSchema = v.looseObject({
  event: v.literal('session.stream_ingestion_disconnected'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_name: v.string(),
      stream_ingestion: v.looseObject({
        backup_stream_url: v.string(),
        stream_id: v.string(),
        stream_key: v.string(),
        stream_name: v.string(),
        stream_url: v.string(),
        stream_description: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.stream_ingestion_started`, a Video SDK webhook. */
export interface VideoSdkSessionStreamIngestionStartedEvent {
  /** Event name. */
  event: 'session.stream_ingestion_started'
  /**
   * Timestamp (in milliseconds since epoch) when the event occurred. The value of this field is returned in
   * long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the stream ingestion. */
      stream_ingestion: {
        /** The backup stream URL. */
        backup_stream_url: string
        /** The stream ingestion ID. */
        stream_id: string
        /** The stream ingestion key. */
        stream_key: string
        /** The stream ingestion name. */
        stream_name: string
        /** The stream URL. */
        stream_url: string
        /** The stream ingestion description. */
        stream_description?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionStreamIngestionStartedEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionStreamIngestionStartedEventSchema = v.looseObject({
  event: v.literal('session.stream_ingestion_started'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_name: v.string(),
      stream_ingestion: v.looseObject({
        backup_stream_url: v.string(),
        stream_id: v.string(),
        stream_key: v.string(),
        stream_name: v.string(),
        stream_url: v.string(),
        stream_description: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.stream_ingestion_stopped`, a Video SDK webhook. */
export interface VideoSdkSessionStreamIngestionStoppedEvent {
  /** Event name. */
  event: 'session.stream_ingestion_stopped'
  /**
   * Timestamp (in milliseconds since epoch) when the event occurred. The value of this field is returned in
   * long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the stream ingestion. */
      stream_ingestion: {
        /** The backup stream URL. */
        backup_stream_url: string
        /** The stream ingestion ID. */
        stream_id: string
        /** The stream ingestion key. */
        stream_key: string
        /** The stream ingestion name. */
        stream_name: string
        /** The stream URL. */
        stream_url: string
        /** The stream ingestion description. */
        stream_description?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionStreamIngestionStoppedEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionStreamIngestionStoppedEventSchema = v.looseObject({
  event: v.literal('session.stream_ingestion_stopped'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_name: v.string(),
      stream_ingestion: v.looseObject({
        backup_stream_url: v.string(),
        stream_id: v.string(),
        stream_key: v.string(),
        stream_name: v.string(),
        stream_url: v.string(),
        stream_description: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.stream_ingestion_unbind`, a Video SDK webhook. */
export interface VideoSdkSessionStreamIngestionUnbindEvent {
  /** Event name. */
  event: 'session.stream_ingestion_unbind'
  /**
   * Timestamp (in milliseconds since epoch) at which the event occurred. The value of this field is returned
   * in long (int64) format.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. */
    object: {
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the stream ingestion. */
      stream_ingestion: {
        /** The backup stream URL. */
        backup_stream_url: string
        /** The stream ingestion ID. */
        stream_id: string
        /** The stream ingestion key. */
        stream_key: string
        /** The stream ingestion name. */
        stream_name: string
        /** The stream URL. */
        stream_url: string
        /** The stream ingestion description. */
        stream_description?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionStreamIngestionUnbindEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionStreamIngestionUnbindEventSchema = v.looseObject({
  event: v.literal('session.stream_ingestion_unbind'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      session_id: v.string(),
      session_name: v.string(),
      stream_ingestion: v.looseObject({
        backup_stream_url: v.string(),
        stream_id: v.string(),
        stream_key: v.string(),
        stream_name: v.string(),
        stream_url: v.string(),
        stream_description: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_joined`, a Video SDK webhook. */
export interface VideoSdkSessionUserJoinedEvent {
  /** The event's name. */
  event: 'session.user_joined'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** The session ID. */
      id: string
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the user. */
      user: {
        /**
         * The user's unique ID. This value is assigned to the user upon joining a session and is only valid
         * for that session.
         */
        id: string
        /**
         * The time at which the user joined the session.
         *
         * Format: `date-time`.
         */
        join_time: string
        /** The user's username. */
        name: string
        /**
         * The participant's UUID. This value is assigned to a participant upon joining a session and is only
         * valid for the session's duration.
         */
        participant_uuid: string
        /** Phone number of participant joined via PSTN. */
        phone_number?: string
        /** Another identifier for the user. Can be a number or characters. */
        user_key?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionUserJoinedEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionUserJoinedEventSchema = v.looseObject({
  event: v.literal('session.user_joined'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      id: v.string(),
      session_id: v.string(),
      session_name: v.string(),
      user: v.looseObject({
        id: v.string(),
        join_time: v.string(),
        name: v.string(),
        participant_uuid: v.string(),
        phone_number: v.exactOptional(v.string()),
        user_key: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_left`, a Video SDK webhook. */
export interface VideoSdkSessionUserLeftEvent {
  /** The event's name. */
  event: 'session.user_left'
  /**
   * A timestamp, in milliseconds since epoch, at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The Video SDK account ID. */
    account_id: string
    /** Information about the session. This object only returns updated properties. */
    object: {
      /** The session ID. */
      id: string
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /** Information about the user. */
      user: {
        /**
         * The user's unique ID. This value is assigned to the user upon joining a session and is only valid
         * for that session.
         */
        id: string
        /**
         * The time at which the user left the session.
         *
         * Format: `date-time`.
         */
        leave_time: string
        /** The user's username. */
        name: string
        /**
         * The participant's UUID. This value is assigned to a participant upon joining a session and is only
         * valid for the session's duration.
         */
        participant_uuid: string
        /**
         * The reason why the user left the session, where $name is the participant's username: * $name left
         * the session. * $name got disconnected from the session. * Host ended the session. * Host closed the
         * session. * Host started a new session. * Network connection error. * Host did not join. * Exceeded
         * free session minutes limit. * Removed by host. * Unknown reason. * Leave waiting room. * Removed by
         * host from waiting room.
         */
        leave_reason?: string
        /** Phone number of participant joined via PSTN. */
        phone_number?: string
        /** Another identifier for the user. Can be a number or characters. */
        user_key?: string
      }
      /** The Video SDK custom session ID. */
      session_key?: string
    }
  }
}

/** Run-time schema of {@link VideoSdkSessionUserLeftEvent}; loose, so keys Zoom adds later are kept. */
export const VideoSdkSessionUserLeftEventSchema = v.looseObject({
  event: v.literal('session.user_left'),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      id: v.string(),
      session_id: v.string(),
      session_name: v.string(),
      user: v.looseObject({
        id: v.string(),
        leave_time: v.string(),
        name: v.string(),
        participant_uuid: v.string(),
        leave_reason: v.exactOptional(v.string()),
        phone_number: v.exactOptional(v.string()),
        user_key: v.exactOptional(v.string()),
      }),
      session_key: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_phone_callout_accepted`, a Video SDK webhook. */
export interface VideoSdkSessionUserPhoneCalloutAcceptedEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** Information about the invited participant. */
      participant: {
        /**
         * The number used to call out to the invited user.
         *
         * Format: `int64`.
         */
        from_number: number
        /** The user's name to display in the session. */
        invitee_name: string
        /**
         * The user's phone number.
         *
         * Format: `int64`.
         */
        phone_number: number
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /** Another identifier for the inviter. Can be a number or characters. */
      user_key: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserPhoneCalloutAcceptedEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionUserPhoneCalloutAcceptedEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      participant: v.looseObject({
        from_number: v.pipe(v.number(), v.integer()),
        invitee_name: v.string(),
        phone_number: v.pipe(v.number(), v.integer()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      user_key: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_phone_callout_canceled`, a Video SDK webhook. */
export interface VideoSdkSessionUserPhoneCalloutCanceledEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** Information about the invited participant. */
      participant: {
        /**
         * The number used to call out to the invited user.
         *
         * Format: `int64`.
         */
        from_number: number
        /** The user's name to display in the session. */
        invitee_name: string
        /**
         * The user's phone number.
         *
         * Format: `int64`.
         */
        phone_number: number
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /** Another identifier for the inviter. Can be a number or characters. */
      user_key: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserPhoneCalloutCanceledEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionUserPhoneCalloutCanceledEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      participant: v.looseObject({
        from_number: v.pipe(v.number(), v.integer()),
        invitee_name: v.string(),
        phone_number: v.pipe(v.number(), v.integer()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      user_key: v.string(),
    }),
  }),
})

/** `session.user_phone_callout_missed`, a Video SDK webhook. */
export interface VideoSdkSessionUserPhoneCalloutMissedEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** Information about the invited user. */
      participant: {
        /**
         * The number used to call out to the invited user.
         *
         * Format: `int64`.
         */
        from_number: number
        /** The user's name to display in the session. */
        invitee_name: string
        /**
         * The user's phone number.
         *
         * Format: `int64`.
         */
        phone_number: number
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /** Another identifier for the inviter. Can be a number or characters. */
      user_key: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserPhoneCalloutMissedEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionUserPhoneCalloutMissedEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      participant: v.looseObject({
        from_number: v.pipe(v.number(), v.integer()),
        invitee_name: v.string(),
        phone_number: v.pipe(v.number(), v.integer()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      user_key: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_phone_callout_rejected`, a Video SDK webhook. */
export interface VideoSdkSessionUserPhoneCalloutRejectedEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** Information about the invited user. */
      participant: {
        /**
         * The number used to call out to the invited user.
         *
         * Format: `int64`.
         */
        from_number: number
        /** The user's name to display in the session. */
        invitee_name: string
        /**
         * The user's phone number.
         *
         * Format: `int64`.
         */
        phone_number: number
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /** Another identifier for the inviter. Can be a number or characters. */
      user_key: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserPhoneCalloutRejectedEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionUserPhoneCalloutRejectedEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      participant: v.looseObject({
        from_number: v.pipe(v.number(), v.integer()),
        invitee_name: v.string(),
        phone_number: v.pipe(v.number(), v.integer()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      user_key: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_phone_callout_ringing`, a Video SDK webhook. */
export interface VideoSdkSessionUserPhoneCalloutRingingEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** Information about the invited user. */
      participant: {
        /**
         * The number used to call out to the invited user.
         *
         * Format: `int64`.
         */
        from_number: number
        /** The user's name to display in the session. */
        invitee_name: string
        /**
         * The user's phone number.
         *
         * Format: `int64`.
         */
        phone_number: number
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** The Video SDK custom session ID. */
      session_key: string
      /** Session name. */
      session_name: string
      /** Another identifier for the inviter. Can be a number or characters. */
      user_key: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserPhoneCalloutRingingEvent}; loose, so keys Zoom adds later are
 * kept.
 */
export const VideoSdkSessionUserPhoneCalloutRingingEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      participant: v.looseObject({
        from_number: v.pipe(v.number(), v.integer()),
        invitee_name: v.string(),
        phone_number: v.pipe(v.number(), v.integer()),
      }),
      session_id: v.string(),
      session_key: v.string(),
      session_name: v.string(),
      user_key: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_room_system_callout_accepted`, a Video SDK webhook. */
export interface VideoSdkSessionUserRoomSystemCalloutAcceptedEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** The user name of the event's trigger. */
      inviter_name: string
      /** The request unique identifier (UUID). */
      message_id: string
      /** Information about the invited participant. */
      participant: {
        /** The type of call out. Use a value of h323 or sip. */
        call_type: string
        /** The user's device IP address. */
        device_ip: string
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserRoomSystemCalloutAcceptedEvent}; loose, so keys Zoom adds
 * later are kept.
 */
export const VideoSdkSessionUserRoomSystemCalloutAcceptedEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      inviter_name: v.string(),
      message_id: v.string(),
      participant: v.looseObject({
        call_type: v.string(),
        device_ip: v.string(),
      }),
      session_id: v.string(),
      session_name: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_room_system_callout_failed`, a Video SDK webhook. */
export interface VideoSdkSessionUserRoomSystemCalloutFailedEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** The user name of the event's trigger. */
      inviter_name: string
      /** The request unique identifier (UUID). */
      message_id: string
      /** Information about the invited participant. */
      participant: {
        /** The type of call out. Use a value of h323 or sip. */
        call_type: string
        /** The user's device IP address. */
        device_ip: string
      }
      /**
       * reason type for failure: * 1 — Encryption_Fail. * 2 — Disconnected_By_Remote. * 3 — Retry. * 4 —
       * Bad_Seq. * 5 — Call_Limit. * 6 — Not_Registered. * 7 — Timeout. * 8 — Bad_Addr. * 9 — Unreachable *
       * 10 — Disconnect_By_Local * 11 — Server_Internal_Error * 12 — Exceed_Free_Port * 13 — Connect_Error *
       * 14 — Proxy_Connect_Error * 0 — Other_Failed_Reason.
       */
      reason_type: number
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserRoomSystemCalloutFailedEvent}; loose, so keys Zoom adds later
 * are kept.
 */
export const VideoSdkSessionUserRoomSystemCalloutFailedEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      inviter_name: v.string(),
      message_id: v.string(),
      participant: v.looseObject({
        call_type: v.string(),
        device_ip: v.string(),
      }),
      reason_type: v.pipe(v.number(), v.integer()),
      session_id: v.string(),
      session_name: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_room_system_callout_missed`, a Video SDK webhook. */
export interface VideoSdkSessionUserRoomSystemCalloutMissedEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** The user name of the event's trigger. */
      inviter_name: string
      /** The request unique identifier (UUID). */
      message_id: string
      /** Information about the invited participant. */
      participant: {
        /** The type of call out. Use a value of h323 or sip. */
        call_type: string
        /** The user's device IP address. */
        device_ip: string
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserRoomSystemCalloutMissedEvent}; loose, so keys Zoom adds later
 * are kept.
 */
export const VideoSdkSessionUserRoomSystemCalloutMissedEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      inviter_name: v.string(),
      message_id: v.string(),
      participant: v.looseObject({
        call_type: v.string(),
        device_ip: v.string(),
      }),
      session_id: v.string(),
      session_name: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_room_system_callout_rejected`, a Video SDK webhook. */
export interface VideoSdkSessionUserRoomSystemCalloutRejectedEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** The user name of the event's trigger. */
      inviter_name: string
      /** The request unique identifier (UUID). */
      message_id: string
      /** Information about the invited participant. */
      participant: {
        /** The type of call out. Use a value of h323 or sip. */
        call_type: string
        /** The user's device IP address. */
        device_ip: string
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserRoomSystemCalloutRejectedEvent}; loose, so keys Zoom adds
 * later are kept.
 */
export const VideoSdkSessionUserRoomSystemCalloutRejectedEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      inviter_name: v.string(),
      message_id: v.string(),
      participant: v.looseObject({
        call_type: v.string(),
        device_ip: v.string(),
      }),
      session_id: v.string(),
      session_name: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** `session.user_room_system_callout_ringing`, a Video SDK webhook. */
export interface VideoSdkSessionUserRoomSystemCalloutRingingEvent {
  /** The name of the event. */
  event: string
  /**
   * A timestamp at which the event occurred.
   *
   * Format: `int64`.
   */
  event_ts: number
  payload: {
    /** The account ID of the session host. */
    account_id: string
    /** Information about the session. */
    object: {
      /** The user ID of the session host. */
      host_id: string
      /** The user name of the event's trigger. */
      inviter_name: string
      /** The request unique identifier (UUID). */
      message_id: string
      /** Information about the invited participant. */
      participant: {
        /** The type of call out. Use a value of h323 or sip. */
        call_type: string
        /** The user's device IP address. */
        device_ip: string
      }
      /** Unique session identifier. Each instance of the session will have its own session_id. */
      session_id: string
      /** Session name. */
      session_name: string
      /**
       * The session ID.
       *
       * Format: `int64`.
       */
      id?: number
      /** The session's universally unique identifier (UUID). Each session instance generates a session UUID. */
      uuid?: string
    }
  }
}

/**
 * Run-time schema of {@link VideoSdkSessionUserRoomSystemCalloutRingingEvent}; loose, so keys Zoom adds later
 * are kept.
 */
export const VideoSdkSessionUserRoomSystemCalloutRingingEventSchema = v.looseObject({
  event: v.string(),
  event_ts: v.pipe(v.number(), v.integer()),
  payload: v.looseObject({
    account_id: v.string(),
    object: v.looseObject({
      host_id: v.string(),
      inviter_name: v.string(),
      message_id: v.string(),
      participant: v.looseObject({
        call_type: v.string(),
        device_ip: v.string(),
      }),
      session_id: v.string(),
      session_name: v.string(),
      id: v.exactOptional(v.pipe(v.number(), v.integer())),
      uuid: v.exactOptional(v.string()),
    }),
  }),
})

/** Every Video SDK webhook event name the spec defines. */
export const VIDEO_SDK_WEBHOOK_EVENT_NAMES = [
  'session.ai_interpreter_usage_summary',
  'session.alert',
  'session.ended',
  'session.live_streaming_started',
  'session.live_streaming_stopped',
  'session.recording_completed',
  'session.recording_deleted',
  'session.recording_paused',
  'session.recording_recovered',
  'session.recording_resumed',
  'session.recording_started',
  'session.recording_stopped',
  'session.recording_summary_completed',
  'session.recording_transcript_completed',
  'session.recording_transcript_failed',
  'session.recording_trashed',
  'session.sharing_ended',
  'session.sharing_started',
  'session.started',
  'session.stream_ingestion_connected',
  'session.stream_ingestion_disconnected',
  'session.stream_ingestion_started',
  'session.stream_ingestion_stopped',
  'session.stream_ingestion_unbind',
  'session.user_joined',
  'session.user_left',
  'session.user_phone_callout_accepted',
  'session.user_phone_callout_canceled',
  'session.user_phone_callout_missed',
  'session.user_phone_callout_rejected',
  'session.user_phone_callout_ringing',
  'session.user_room_system_callout_accepted',
  'session.user_room_system_callout_failed',
  'session.user_room_system_callout_missed',
  'session.user_room_system_callout_rejected',
  'session.user_room_system_callout_ringing',
] as const

/** A Video SDK webhook event name. */
export type VideoSdkWebhookEventName = (typeof VIDEO_SDK_WEBHOOK_EVENT_NAMES)[number]

/** The body type of each Video SDK webhook event, by name. */
export interface VideoSdkWebhookEventBodies {
  'session.ai_interpreter_usage_summary': VideoSdkSessionAiInterpreterUsageSummaryEvent
  'session.alert': VideoSdkSessionAlertEvent
  'session.ended': VideoSdkSessionEndedEvent
  'session.live_streaming_started': VideoSdkSessionLiveStreamingStartedEvent
  'session.live_streaming_stopped': VideoSdkSessionLiveStreamingStoppedEvent
  'session.recording_completed': VideoSdkSessionRecordingCompletedEvent
  'session.recording_deleted': VideoSdkSessionRecordingDeletedEvent
  'session.recording_paused': VideoSdkSessionRecordingPausedEvent
  'session.recording_recovered': VideoSdkSessionRecordingRecoveredEvent
  'session.recording_resumed': VideoSdkSessionRecordingResumedEvent
  'session.recording_started': VideoSdkSessionRecordingStartedEvent
  'session.recording_stopped': VideoSdkSessionRecordingStoppedEvent
  'session.recording_summary_completed': VideoSdkSessionRecordingSummaryCompletedEvent
  'session.recording_transcript_completed': VideoSdkSessionRecordingTranscriptCompletedEvent
  'session.recording_transcript_failed': VideoSdkSessionRecordingTranscriptFailedEvent
  'session.recording_trashed': VideoSdkSessionRecordingTrashedEvent
  'session.sharing_ended': VideoSdkSessionSharingEndedEvent
  'session.sharing_started': VideoSdkSessionSharingStartedEvent
  'session.started': VideoSdkSessionStartedEvent
  'session.stream_ingestion_connected': VideoSdkSessionStreamIngestionConnectedEvent
  'session.stream_ingestion_disconnected': VideoSdkSessionStreamIngestionDisconnectedEvent
  'session.stream_ingestion_started': VideoSdkSessionStreamIngestionStartedEvent
  'session.stream_ingestion_stopped': VideoSdkSessionStreamIngestionStoppedEvent
  'session.stream_ingestion_unbind': VideoSdkSessionStreamIngestionUnbindEvent
  'session.user_joined': VideoSdkSessionUserJoinedEvent
  'session.user_left': VideoSdkSessionUserLeftEvent
  'session.user_phone_callout_accepted': VideoSdkSessionUserPhoneCalloutAcceptedEvent
  'session.user_phone_callout_canceled': VideoSdkSessionUserPhoneCalloutCanceledEvent
  'session.user_phone_callout_missed': VideoSdkSessionUserPhoneCalloutMissedEvent
  'session.user_phone_callout_rejected': VideoSdkSessionUserPhoneCalloutRejectedEvent
  'session.user_phone_callout_ringing': VideoSdkSessionUserPhoneCalloutRingingEvent
  'session.user_room_system_callout_accepted': VideoSdkSessionUserRoomSystemCalloutAcceptedEvent
  'session.user_room_system_callout_failed': VideoSdkSessionUserRoomSystemCalloutFailedEvent
  'session.user_room_system_callout_missed': VideoSdkSessionUserRoomSystemCalloutMissedEvent
  'session.user_room_system_callout_rejected': VideoSdkSessionUserRoomSystemCalloutRejectedEvent
  'session.user_room_system_callout_ringing': VideoSdkSessionUserRoomSystemCalloutRingingEvent
}

/** The run-time schema of each Video SDK webhook event, by name. */
export const videoSdkEventSchemas = {
  'session.ai_interpreter_usage_summary': VideoSdkSessionAiInterpreterUsageSummaryEventSchema,
  'session.alert': VideoSdkSessionAlertEventSchema,
  'session.ended': VideoSdkSessionEndedEventSchema,
  'session.live_streaming_started': VideoSdkSessionLiveStreamingStartedEventSchema,
  'session.live_streaming_stopped': VideoSdkSessionLiveStreamingStoppedEventSchema,
  'session.recording_completed': VideoSdkSessionRecordingCompletedEventSchema,
  'session.recording_deleted': VideoSdkSessionRecordingDeletedEventSchema,
  'session.recording_paused': VideoSdkSessionRecordingPausedEventSchema,
  'session.recording_recovered': VideoSdkSessionRecordingRecoveredEventSchema,
  'session.recording_resumed': VideoSdkSessionRecordingResumedEventSchema,
  'session.recording_started': VideoSdkSessionRecordingStartedEventSchema,
  'session.recording_stopped': VideoSdkSessionRecordingStoppedEventSchema,
  'session.recording_summary_completed': VideoSdkSessionRecordingSummaryCompletedEventSchema,
  'session.recording_transcript_completed': VideoSdkSessionRecordingTranscriptCompletedEventSchema,
  'session.recording_transcript_failed': VideoSdkSessionRecordingTranscriptFailedEventSchema,
  'session.recording_trashed': VideoSdkSessionRecordingTrashedEventSchema,
  'session.sharing_ended': VideoSdkSessionSharingEndedEventSchema,
  'session.sharing_started': VideoSdkSessionSharingStartedEventSchema,
  'session.started': VideoSdkSessionStartedEventSchema,
  'session.stream_ingestion_connected': VideoSdkSessionStreamIngestionConnectedEventSchema,
  'session.stream_ingestion_disconnected': VideoSdkSessionStreamIngestionDisconnectedEventSchema,
  'session.stream_ingestion_started': VideoSdkSessionStreamIngestionStartedEventSchema,
  'session.stream_ingestion_stopped': VideoSdkSessionStreamIngestionStoppedEventSchema,
  'session.stream_ingestion_unbind': VideoSdkSessionStreamIngestionUnbindEventSchema,
  'session.user_joined': VideoSdkSessionUserJoinedEventSchema,
  'session.user_left': VideoSdkSessionUserLeftEventSchema,
  'session.user_phone_callout_accepted': VideoSdkSessionUserPhoneCalloutAcceptedEventSchema,
  'session.user_phone_callout_canceled': VideoSdkSessionUserPhoneCalloutCanceledEventSchema,
  'session.user_phone_callout_missed': VideoSdkSessionUserPhoneCalloutMissedEventSchema,
  'session.user_phone_callout_rejected': VideoSdkSessionUserPhoneCalloutRejectedEventSchema,
  'session.user_phone_callout_ringing': VideoSdkSessionUserPhoneCalloutRingingEventSchema,
  'session.user_room_system_callout_accepted': VideoSdkSessionUserRoomSystemCalloutAcceptedEventSchema,
  'session.user_room_system_callout_failed': VideoSdkSessionUserRoomSystemCalloutFailedEventSchema,
  'session.user_room_system_callout_missed': VideoSdkSessionUserRoomSystemCalloutMissedEventSchema,
  'session.user_room_system_callout_rejected': VideoSdkSessionUserRoomSystemCalloutRejectedEventSchema,
  'session.user_room_system_callout_ringing': VideoSdkSessionUserRoomSystemCalloutRingingEventSchema,
} as const

/** A verified Video SDK webhook event whose body matched its schema; narrow on `type`. */
export type VideoSdkWebhookEvent =
  | { type: 'session.ai_interpreter_usage_summary'; body: VideoSdkSessionAiInterpreterUsageSummaryEvent }
  | { type: 'session.alert'; body: VideoSdkSessionAlertEvent }
  | { type: 'session.ended'; body: VideoSdkSessionEndedEvent }
  | { type: 'session.live_streaming_started'; body: VideoSdkSessionLiveStreamingStartedEvent }
  | { type: 'session.live_streaming_stopped'; body: VideoSdkSessionLiveStreamingStoppedEvent }
  | { type: 'session.recording_completed'; body: VideoSdkSessionRecordingCompletedEvent }
  | { type: 'session.recording_deleted'; body: VideoSdkSessionRecordingDeletedEvent }
  | { type: 'session.recording_paused'; body: VideoSdkSessionRecordingPausedEvent }
  | { type: 'session.recording_recovered'; body: VideoSdkSessionRecordingRecoveredEvent }
  | { type: 'session.recording_resumed'; body: VideoSdkSessionRecordingResumedEvent }
  | { type: 'session.recording_started'; body: VideoSdkSessionRecordingStartedEvent }
  | { type: 'session.recording_stopped'; body: VideoSdkSessionRecordingStoppedEvent }
  | { type: 'session.recording_summary_completed'; body: VideoSdkSessionRecordingSummaryCompletedEvent }
  | { type: 'session.recording_transcript_completed'; body: VideoSdkSessionRecordingTranscriptCompletedEvent }
  | { type: 'session.recording_transcript_failed'; body: VideoSdkSessionRecordingTranscriptFailedEvent }
  | { type: 'session.recording_trashed'; body: VideoSdkSessionRecordingTrashedEvent }
  | { type: 'session.sharing_ended'; body: VideoSdkSessionSharingEndedEvent }
  | { type: 'session.sharing_started'; body: VideoSdkSessionSharingStartedEvent }
  | { type: 'session.started'; body: VideoSdkSessionStartedEvent }
  | { type: 'session.stream_ingestion_connected'; body: VideoSdkSessionStreamIngestionConnectedEvent }
  | { type: 'session.stream_ingestion_disconnected'; body: VideoSdkSessionStreamIngestionDisconnectedEvent }
  | { type: 'session.stream_ingestion_started'; body: VideoSdkSessionStreamIngestionStartedEvent }
  | { type: 'session.stream_ingestion_stopped'; body: VideoSdkSessionStreamIngestionStoppedEvent }
  | { type: 'session.stream_ingestion_unbind'; body: VideoSdkSessionStreamIngestionUnbindEvent }
  | { type: 'session.user_joined'; body: VideoSdkSessionUserJoinedEvent }
  | { type: 'session.user_left'; body: VideoSdkSessionUserLeftEvent }
  | { type: 'session.user_phone_callout_accepted'; body: VideoSdkSessionUserPhoneCalloutAcceptedEvent }
  | { type: 'session.user_phone_callout_canceled'; body: VideoSdkSessionUserPhoneCalloutCanceledEvent }
  | { type: 'session.user_phone_callout_missed'; body: VideoSdkSessionUserPhoneCalloutMissedEvent }
  | { type: 'session.user_phone_callout_rejected'; body: VideoSdkSessionUserPhoneCalloutRejectedEvent }
  | { type: 'session.user_phone_callout_ringing'; body: VideoSdkSessionUserPhoneCalloutRingingEvent }
  | { type: 'session.user_room_system_callout_accepted'; body: VideoSdkSessionUserRoomSystemCalloutAcceptedEvent }
  | { type: 'session.user_room_system_callout_failed'; body: VideoSdkSessionUserRoomSystemCalloutFailedEvent }
  | { type: 'session.user_room_system_callout_missed'; body: VideoSdkSessionUserRoomSystemCalloutMissedEvent }
  | { type: 'session.user_room_system_callout_rejected'; body: VideoSdkSessionUserRoomSystemCalloutRejectedEvent }
  | { type: 'session.user_room_system_callout_ringing'; body: VideoSdkSessionUserRoomSystemCalloutRingingEvent }
