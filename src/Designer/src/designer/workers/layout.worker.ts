/// <reference lib="webworker" />
import ELK from 'elkjs/lib/elk.bundled.js';
import { computeLayout, type LayoutInput } from '../model/layout';

// ELK's layered layout takes tens to hundreds of milliseconds on large flowcharts: off the main thread.
const elk = new ELK();

self.onmessage = async (event: MessageEvent<{ id: number; input: LayoutInput }>) => {
  const { id, input } = event.data;
  try {
    const positions = await computeLayout(input, elk);
    self.postMessage({ id, positions });
  } catch (error) {
    self.postMessage({ id, error: String((error as Error)?.message ?? error) });
  }
};
