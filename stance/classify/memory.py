"""A memory of labelled statements next to a trained head: nearest-neighbour votes mixed into its probabilities.

The shipped default head keeps the mean-pooled, L2-normalised embeddings of the statements it was trained on
(computed by its own fine-tuned encoder) with their stance labels. At inference each statement's ``k`` nearest
neighbours among them (cosine similarity) vote, weighted by ``softmax(similarity / temperature)``, and the votes are
mixed into the head's calibrated probabilities: ``(1 - weight) * p_head + weight * p_neighbours``, then tempered
again (``calibration``). A statement close
to one the head was taught leans towards that statement's label; one far from all of them keeps the head's reading
(their votes still count, with the same weight). Measured in docs/classify.md ("A memory of training statements").

With ``coupling`` the memory also keeps the statements' sentiment labels: their (stance, sentiment) pairs give a prior
``P(sentiment | stance)`` that sentiment is multiplied by, to the power ``coupling`` (:meth:`Memory.couple`;
docs/classify.md, "Sentiment given stance").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Memory:
    """Keys (unit vectors, one row per training statement) and, per task, their label indices."""

    keys: np.ndarray
    labels: dict[str, np.ndarray]
    weights: dict[str, float]
    """Task -> how much the neighbours' vote counts (tasks not listed keep the head's probabilities)."""
    k: int = 16
    temperature: float = 0.05
    calibration: float = 1.0
    """A temperature applied to the mixed probabilities (the neighbours' vote is sharp: mixing it in makes the
    calibrated head over-confident again); 1.0 leaves them as mixed."""
    coupling: float = 0.0
    """Sentiment given stance: the exponent of the prior ``P(sentiment | stance)`` counted on the stored statements'
    two labels (add-one smoothed), applied by :meth:`couple`; 0 leaves sentiment alone."""

    def vote(self, queries: np.ndarray, task: str, n_labels: int) -> np.ndarray:
        """Each query's neighbour vote over ``n_labels`` labels (rows sum to 1); queries are normalised here."""
        import torch

        q = torch.from_numpy(np.ascontiguousarray(queries, dtype=np.float32))
        q = q / q.norm(dim=1, keepdim=True).clamp(min=1e-12)
        keys = torch.from_numpy(np.ascontiguousarray(self.keys, dtype=np.float32))
        sims = q @ keys.T
        s, top = torch.topk(sims, min(self.k, sims.shape[1]), dim=1)
        w = torch.softmax(s / self.temperature, dim=1)
        onehot = torch.eye(n_labels, dtype=torch.float32)[torch.from_numpy(np.asarray(self.labels[task], dtype=np.int64))]
        return torch.einsum("qk,qkl->ql", w, onehot[top]).double().numpy()

    def mix(self, queries: np.ndarray, task: str, probs: np.ndarray) -> np.ndarray:
        """``probs`` with this task's neighbour vote mixed in (unchanged for a task the memory does not weigh)."""
        weight = self.weights.get(task, 0.0)
        if weight <= 0.0 or task not in self.labels or len(self.keys) == 0:
            return probs
        mixed = (1.0 - weight) * probs + weight * self.vote(queries, task, probs.shape[1])
        if self.calibration == 1.0:
            return mixed
        z = np.log(np.clip(mixed, 1e-12, 1.0)) / self.calibration
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def couple(self, stance: np.ndarray, sentiment: np.ndarray) -> np.ndarray:
        """Sentiment probabilities times ``(stance @ P(sentiment | stance)) ** coupling``, renormalised.

        ``P`` is counted on the stored statements (add-one smoothed): a statement read as hardline leans negative the
        way the training statements do, without overruling a clear reading of its tone. Unchanged when ``coupling``
        is 0 or the memory lacks either task's labels."""
        if self.coupling <= 0.0 or "stance" not in self.labels or "sentiment" not in self.labels:
            return sentiment
        table = self.joint(stance.shape[1], sentiment.shape[1])
        prior = stance @ (table / table.sum(axis=1, keepdims=True))
        out = sentiment * prior**self.coupling
        return out / out.sum(axis=1, keepdims=True)

    def joint(self, n_stance: int, n_sentiment: int) -> np.ndarray:
        """Counts of (stance, sentiment) label pairs among the stored statements, plus one."""
        table = np.ones((n_stance, n_sentiment))
        np.add.at(table, (np.asarray(self.labels["stance"]), np.asarray(self.labels["sentiment"])), 1.0)
        return table
