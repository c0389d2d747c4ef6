import type { Thresholds } from './kind-threshold.js';
import { densifyPacked, LearnedModelFormatError, type PackedModel } from './weights-codec.js';

// What every learned layer does with its committed weights: keep the packed module as it is (one
// string literal, cheap to parse at start), decode it into a dense table on the first call that
// needs a score, let a config switch turn the layer off, and let tests swap in other weights.

export interface LoadedModel extends Thresholds {
  weights: Float32Array;
  bias: number;
}

export class LearnedLayer {
  enabled = true;
  private loaded: LoadedModel | null = null;
  private source: () => PackedModel;

  constructor(
    private readonly name: string,
    private readonly bits: number,
    private readonly committed: () => PackedModel,
  ) {
    this.source = committed;
  }

  model(): LoadedModel {
    if (this.loaded) return this.loaded;
    const p = this.source();
    if (p.bits !== this.bits) throw new LearnedModelFormatError(`${this.name} model weights use ${p.bits}-bit features, the scorer ${this.bits}`);
    this.loaded = { weights: densifyPacked(p), bias: p.bias, threshold: p.threshold, thresholds: p.thresholds };
    return this.loaded;
  }

  /** Score with other weights (null restores the committed ones). */
  use(p: PackedModel | null): void {
    this.source = p ? () => p : this.committed;
    this.loaded = null;
  }
}
