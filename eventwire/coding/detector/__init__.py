"""The learned event detector: which PLOVER types a sentence reports, with a probability.

A fine-tuned all-MiniLM-L6-v2 (pretrained sentence encoder, 6 layers) with one sigmoid per
PLOVER type, run with ONNX Runtime (no torch at run time) from ``eventwire/models/detector``.

- ``data``: training and evaluation sentences from every source, each with its sealed split;
- ``model``: loading the shipped model once per process and batched inference;
- ``combine``: how the coder's rule events and the detector's probabilities make the record;
- ``fit``: fine-tuning and export (``eventwire train``; needs the ``train`` extra).
"""

from eventwire.coding.detector.model import Detector, load_detector

__all__ = ["Detector", "load_detector"]
