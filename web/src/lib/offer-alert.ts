/**
 * The offer alert of the agent desktop: a short tone and, with the user's permission, a browser
 * notification for each new offer. `newOffers` is pure (tested); the rest touches browser APIs and
 * does nothing where they are missing.
 */

/** Offers not alerted yet; `seen` keeps the ids already alerted (only pending ones stay in it). */
export function newOffers<T extends { id: string }>(pending: readonly T[], seen: Set<string>): T[] {
  const fresh = pending.filter((o) => !seen.has(o.id));
  const ids = new Set(pending.map((o) => o.id));
  for (const id of [...seen]) if (!ids.has(id)) seen.delete(id);
  for (const o of fresh) seen.add(o.id);
  return fresh;
}

/** What the browser lets the page do: 'granted', 'denied', 'default' (not asked yet) or 'unsupported'. */
export function notificationPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks for permission to notify (only from a user's click: browsers ignore it otherwise). */
export async function askNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

let audio: AudioContext | null = null;

/** Two short beeps (Web Audio: no sound file to ship). Browsers mute it until the page had a click. */
export function playOfferTone(): void {
  try {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    for (const [at, hz] of [
      [0, 880],
      [0.25, 660],
    ] as const) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = hz;
      gain.gain.setValueAtTime(0.15, start + at);
      gain.gain.exponentialRampToValueAtTime(0.001, start + at + 0.2);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + at);
      osc.stop(start + at + 0.2);
    }
  } catch {
    // No audio device or API: the visible offer and its countdown remain.
  }
}

/** A browser notification for an offer, when permitted; clicking it brings the desktop to the front. */
export function notifyOffer(title: string, body: string): void {
  if (notificationPermission() !== 'granted') return;
  try {
    const n = new Notification(title, { body, tag: 'crossdesk-offer' });
    n.onclick = () => {
      window.focus();
      n.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker: the tone and the page still alert.
  }
}
