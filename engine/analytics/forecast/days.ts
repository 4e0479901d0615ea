/** One interval of history: arrivals, contacts handled and their summed handle time. */
export interface HistorySlot {
  readonly arrivals: number;
  /** Contacts whose handling ended in the interval (the handle times' count). */
  readonly handled: number;
  /** Sum of their handle times, seconds. */
  readonly handleSeconds: number;
}

/** One local day of history, its intervals from local midnight. */
export interface HistoryDay {
  /** Local date YYYY-MM-DD in the site's zone. */
  readonly date: string;
  /** 0 = Sunday. */
  readonly weekday: number;
  /** A site holiday: closed, left out of the model. */
  readonly holiday: boolean;
  readonly slots: readonly HistorySlot[];
}

/** A local day to forecast. */
export interface FutureDay {
  readonly date: string;
  readonly weekday: number;
  readonly holiday: boolean;
}

/** The forecast of one day, per interval. */
export interface DayForecast {
  readonly date: string;
  readonly weekday: number;
  /** A holiday: nothing forecast, the day is marked closed. */
  readonly closed: boolean;
  readonly total: number;
  readonly slots: readonly { arrivals: number; averageHandleSeconds: number }[];
}
