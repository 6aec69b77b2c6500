import { cannon, type CannonJob, type CannonResult } from './cannon';

/** Runs one autocannon job while `sampleHeap` watches the server every 100 ms; returns both. */
export async function drive(
  job: CannonJob,
  sampleHeap: () => Promise<number>,
): Promise<CannonResult & { heapMb: number }> {
  let peak = await sampleHeap();
  const timer = setInterval(
    () =>
      void sampleHeap().then(
        (h) => (peak = Math.max(peak, h)),
        () => undefined,
      ),
    100,
  );
  try {
    return { ...(await cannon(job)), heapMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
