/** What the service-worker registration reported (non-reactive; never drives rendering). */
export const pwaStatus: { registered: boolean; offlineReady: boolean; error: string | null } = {
  registered: false,
  offlineReady: false,
  error: null,
};
