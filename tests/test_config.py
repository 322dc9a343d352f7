"""Typed configs from YAML: defaults, overrides, and errors that name the dotted key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stance.config import StanceConfig, load_config
from stance.errors import ConfigError

CONFIGS = Path(__file__).resolve().parents[1] / "configs"


def test_defaults_without_a_file():
    cfg = load_config()
    assert isinstance(cfg, StanceConfig)
    assert cfg.classify.batch_size >= 1


def test_yaml_and_overrides(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("classify:\n  batch_size: 8\nseed: 7\n")
    cfg = load_config(p, ["classify.batch_size=32", "ingest.max_bytes=1000"])
    assert cfg.classify.batch_size == 32
    assert cfg.ingest.max_bytes == 1000
    assert cfg.seed == 7


def test_unknown_key_names_the_dotted_path(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("classify:\n  bach_size: 8\n")
    with pytest.raises(ConfigError, match=re.escape("classify.bach_size: unknown key")):
        load_config(p)


def test_unknown_section_is_rejected():
    with pytest.raises(ConfigError, match=re.escape("clasify: unknown key")):
        load_config(None, ["clasify.batch_size=3"])


@pytest.mark.parametrize("override,msg", [
    ("classify.batch_size=many", "classify.batch_size: expected an integer, got 'many'"),
    ("classify.batch_size=0", "classify.batch_size: must be >= 1, got 0"),
    ("ingest.html=keep", "ingest.html: 'keep' is not one of ['extract', 'reject']"),
    ("ingest.strip_boilerplate=maybe", "ingest.strip_boilerplate: expected true or false, got 'maybe'"),
    ("batch_size", "--set 'batch_size': expected key=value"),
])
def test_bad_values_are_rejected_with_the_key(override, msg):
    with pytest.raises(ConfigError, match=re.escape(msg)):
        load_config(None, [override])


def test_not_yaml(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("classify: [unclosed\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(p)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "nope.yaml")


@pytest.mark.parametrize("path", sorted(CONFIGS.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_configs_load(path):
    assert isinstance(load_config(path), StanceConfig)


def test_fingerprint_ignores_batch_size_but_not_model():
    a = load_config(None, ["classify.batch_size=8"])
    b = load_config(None, ["classify.batch_size=64"])
    c = load_config(None, ["classify.model=/some/checkpoint"])
    assert a.fingerprint() == b.fingerprint()
    assert a.fingerprint() != c.fingerprint()


def test_exponent_floats_from_the_command_line():
    # YAML 1.1 reads "1e-4" as a string; a float field still takes it.
    cfg = load_config(None, ["finetune.learning_rate=1e-4"])
    assert cfg.finetune.learning_rate == pytest.approx(1e-4)
    with pytest.raises(ConfigError, match=re.escape("finetune.learning_rate: expected a number, got 'fast'")):
        load_config(None, ["finetune.learning_rate=fast"])
