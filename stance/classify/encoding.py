"""Fast batched encoding: length-sorted batches, dynamic padding, ``torch.inference_mode``.

Texts are tokenized once, without padding, sorted by length and cut into batches that are
padded only to their own longest member, so short statements never pay for long ones.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

__all__ = ["encode_mean", "encode_mean_members", "length_sorted_batches", "pad_batch", "run_layers"]


def length_sorted_batches(lengths: Sequence[int], batch_size: int) -> Iterator[np.ndarray]:
    """Indices of ``lengths`` in batches of ``batch_size``, longest first (stable)."""
    order = np.argsort(-np.asarray(lengths, dtype=np.int64), kind="stable")
    for i in range(0, len(order), batch_size):
        yield order[i : i + batch_size]


def pad_batch(ids: Sequence[Sequence[int]], pad_id: int, extra: dict[str, Sequence[Sequence[int]]] | None = None) -> dict[str, Any]:
    """Pad token-id lists to the longest one; returns torch tensors with an ``attention_mask``."""
    import torch

    width = max(len(x) for x in ids)
    n = len(ids)
    input_ids = torch.full((n, width), pad_id, dtype=torch.long)
    mask = torch.zeros((n, width), dtype=torch.long)
    for i, x in enumerate(ids):
        input_ids[i, : len(x)] = torch.as_tensor(x, dtype=torch.long)
        mask[i, : len(x)] = 1
    out: dict[str, Any] = {"input_ids": input_ids, "attention_mask": mask}
    for name, rows in (extra or {}).items():
        t = torch.zeros((n, width), dtype=torch.long)
        for i, x in enumerate(rows):
            t[i, : len(x)] = torch.as_tensor(x, dtype=torch.long)
        out[name] = t
    return out


def encode_mean(
    tokenizer: Any,
    model: Any,
    texts: Sequence[str],
    *,
    batch_size: int = 64,
    max_length: int = 128,
    device: str = "cpu",
    normalize: bool = True,
) -> np.ndarray:
    """Mean-pooled (optionally L2-normalised) sentence embeddings, as sentence-transformers does.

    Args:
        tokenizer: a transformers tokenizer.
        model: a transformers encoder returning ``last_hidden_state``.
        texts: the texts.
        batch_size: texts per forward pass.
        max_length: truncation length in tokens.
        device: torch device string.
        normalize: L2-normalise each embedding.

    Returns:
        ``float32`` array ``[len(texts), hidden]``.
    """
    import torch

    hidden = int(getattr(model.config, "hidden_size", 0))
    if not texts:
        return np.zeros((0, hidden), dtype=np.float32)
    enc = tokenizer(list(texts), truncation=True, max_length=max_length, padding=False)
    ids = enc["input_ids"]
    out = np.zeros((len(texts), hidden), dtype=np.float32)
    pad_id = tokenizer.pad_token_id or 0
    with torch.inference_mode():
        for idx in length_sorted_batches([len(x) for x in ids], batch_size):
            batch = pad_batch([ids[i] for i in idx], pad_id)
            batch = {k: v.to(device) for k, v in batch.items()}
            hs = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).last_hidden_state
            m = batch["attention_mask"].unsqueeze(-1).to(hs.dtype)
            pooled = (hs * m).sum(1) / m.sum(1).clamp(min=1e-9)
            if normalize:
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
            out[idx] = pooled.float().cpu().numpy()
    return out


def encode_mean_members(
    tokenizer: Any,
    model: Any,
    members: Sequence[Sequence[Any]],
    texts: Sequence[str],
    *,
    batch_size: int = 64,
    max_length: int = 128,
    device: str = "cpu",
) -> list[np.ndarray]:
    """Mean-pooled embeddings of ``texts`` under several sets of top layers that share the rest.

    ``model`` is a BERT-style encoder (``embeddings``, ``encoder.layer``); each member is a list
    of ``k`` transformer layers that replace its top ``k``. The embeddings and the lower layers
    run once per batch, then each member's top layers: an ensemble of ``m`` members costs
    ``L - k + m * k`` layer passes instead of ``m * L``.

    Returns:
        One ``float32`` array ``[len(texts), hidden]`` per member (not normalised).
    """
    import torch

    hidden = int(getattr(model.config, "hidden_size", 0))
    outs = [np.zeros((len(texts), hidden), dtype=np.float32) for _ in members]
    if not texts:
        return outs
    layers = list(model.encoder.layer)
    k = len(members[0])
    if any(len(m) != k for m in members) or not 0 < k <= len(layers):
        raise ValueError(f"encode_mean_members: every member needs the same 1..{len(layers)} layers")
    enc = tokenizer(list(texts), truncation=True, max_length=max_length, padding=False)
    ids = enc["input_ids"]
    pad_id = tokenizer.pad_token_id or 0
    with torch.inference_mode():
        for idx in length_sorted_batches([len(x) for x in ids], batch_size):
            batch = pad_batch([ids[i] for i in idx], pad_id)
            input_ids, mask = batch["input_ids"].to(device), batch["attention_mask"].to(device)
            h = run_layers(layers[: len(layers) - k], model.embeddings(input_ids=input_ids), mask)
            m = mask.unsqueeze(-1).to(h.dtype)
            for j, top in enumerate(members):
                hm = run_layers(top, h, mask)
                outs[j][idx] = ((hm * m).sum(1) / m.sum(1).clamp(min=1e-9)).float().cpu().numpy()
    return outs


def run_layers(layers: Sequence[Any], hidden: Any, mask: Any) -> Any:
    """Run transformer layers on hidden states ``[batch, tokens, hidden]`` with a 0/1 ``mask``
    ``[batch, tokens]`` (turned into the additive attention mask the layers take)."""
    import torch

    ext = (1.0 - mask[:, None, None, :].to(hidden.dtype)) * torch.finfo(hidden.dtype).min
    for layer in layers:
        out = layer(hidden, attention_mask=ext)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden
