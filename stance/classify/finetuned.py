"""The ``finetuned`` backend: a checkpoint written by ``stance finetune``.

``classify.model`` is the checkpoint directory. The encoder runs once per statement (length-sorted
batches, dynamic padding, inference mode); the stance and sentiment heads share its pooled output.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from stance.classify import TaskView, register_backend
from stance.errors import ModelLoadError
from stance.records import SENTIMENT_LABELS, STANCE_LABELS

if TYPE_CHECKING:  # pragma: no cover
    from stance.config import ClassifyConfig
    from stance.loading import Checkpoint

logger = logging.getLogger(__name__)

__all__ = ["FinetunedBackend"]


class FinetunedBackend:
    """Encoder + mean pooling + one linear head per task, from a stance checkpoint."""

    def __init__(self, cfg: ClassifyConfig, checkpoint: Checkpoint | None = None) -> None:
        from stance.loading import load_checkpoint

        if checkpoint is None:
            if cfg.model == "embedded":
                raise ModelLoadError(
                    "classify.backend finetuned needs classify.model set to a checkpoint directory from `stance finetune`"
                )
            checkpoint = load_checkpoint(
                cfg.model, device=cfg.device, expected_labels={"stance": STANCE_LABELS, "sentiment": SENTIMENT_LABELS}
            )
        self.cfg = cfg
        self.ckpt = checkpoint
        self.speaker_aware: bool | None = bool(checkpoint.meta.get("speaker_aware", False))
        self.max_length = min(cfg.max_length, checkpoint.max_length) if cfg.max_length else checkpoint.max_length
        self.stance = TaskView(self, "stance", tuple(checkpoint.labels["stance"]))
        self.sentiment = TaskView(self, "sentiment", tuple(checkpoint.labels["sentiment"]))

    def predict_proba(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        import torch

        from stance.classify.encoding import length_sorted_batches, pad_batch, row_index, to_device, token_ids

        tok, enc = self.ckpt.tokenizer, self.ckpt.encoder
        n = len(texts)
        if n == 0:
            return (np.zeros((0, len(self.stance.labels)), dtype=np.float32),
                    np.zeros((0, len(self.sentiment.labels)), dtype=np.float32))
        ids = token_ids(tok, texts, self.max_length)
        (ws, bs), (we, be) = self.ckpt.heads["stance"], self.ckpt.heads["sentiment"]
        # classify.temperature on top of the checkpoint's own calibration (fitted on its validation split)
        cal = self.ckpt.meta.get("temperature") or {}
        t_st = self.cfg.temperature * float(cal.get("stance", 1.0))
        t_se = self.cfg.temperature * float(cal.get("sentiment", 1.0))
        device = self.cfg.device
        with torch.inference_mode():
            st = torch.empty((n, len(self.stance.labels)), dtype=torch.float32, device=device)
            se = torch.empty((n, len(self.sentiment.labels)), dtype=torch.float32, device=device)
            for idx in length_sorted_batches([len(x) for x in ids], self.cfg.batch_size):
                b = to_device(pad_batch([ids[i] for i in idx], tok.pad_token_id or 0), device)
                mask = b["attention_mask"]
                hs = enc(input_ids=b["input_ids"], attention_mask=mask).last_hidden_state
                m = mask.unsqueeze(-1).to(hs.dtype)
                pooled = (hs * m).sum(1) / m.sum(1).clamp(min=1e-9)
                rows = row_index(idx, device)
                st[rows] = torch.softmax((pooled @ ws.T + bs).float() / t_st, -1)
                se[rows] = torch.softmax((pooled @ we.T + be).float() / t_se, -1)
            return st.cpu().numpy(), se.cpu().numpy()


@register_backend("finetuned.v1", alias="finetuned")
def make_finetuned_backend(cfg: ClassifyConfig) -> FinetunedBackend:
    """Factory for ``classify.backend: finetuned`` (``classify.model`` is the checkpoint)."""
    return FinetunedBackend(cfg)
