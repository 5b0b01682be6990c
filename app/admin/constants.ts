// Fixed choices that both the server modules and the pages' components use. Pages may not import
// `*.server` modules into browser code, so these live here.
export const TONE_PRESET_IDS = ['friendly', 'professional', 'playful', 'concise'] as const;
export const HANDOFF_STATUSES = ['open', 'answered', 'closed'] as const;
export const SENSITIVITIES = ['low', 'standard', 'high'] as const;
