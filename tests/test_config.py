"""Configuration: discovered upward from the working directory, validated loudly."""

from __future__ import annotations

import pytest

from ehcp_audit.config import Config, ConfigError, find_config, load_config, parse, with_overrides


def test_yaml_config_is_found_from_a_subfolder(tmp_path):
    (tmp_path / ".ehcp-audit.yaml").write_text("select: [F1]\nignore: [F119]\nfail-on: warning\nseverity: {F113: info}\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    config = load_config(start=deep)
    assert config.select == ("F1",) and config.ignore == ("F119",)
    assert config.fail_on == "warning" and config.severity == {"F113": "info"}
    assert config.wants("F102") and not config.wants("F119") and not config.wants("S001")


def test_pyproject_section_is_used(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.ehcp-audit]\nignore = ["S0"]\nchecks-dirs = ["team_checks"]\n')
    config = load_config(start=tmp_path)
    assert config.ignore == ("S0",)
    assert config.checks_dirs == ((tmp_path / "team_checks").resolve(),)


def test_pyproject_without_our_section_is_passed_over(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.other]\nx = 1\n')
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path


@pytest.mark.parametrize(
    "data, words",
    [
        ({"selct": ["F1"]}, "unknown setting"),
        ({"fail-on": "sometimes"}, "fail-on"),
        ({"severity": {"F101": "fatal"}}, "severity"),
        ({"timeout": -1}, "timeout"),
        ({"lexicons": {"hedge": {"append": ["x"]}}}, "add"),
        ({"plugins": "yes"}, "plugins"),
    ],
)
def test_bad_settings_are_errors_that_name_them(tmp_path, data, words):
    with pytest.raises(ConfigError, match=words):
        parse(data, tmp_path)


def test_bad_yaml_file_is_a_clear_error(tmp_path):
    path = tmp_path / ".ehcp-audit.yaml"
    path.write_text("select: [F1\n")
    with pytest.raises(ConfigError, match="could not be read"):
        load_config(path)


def test_command_line_overrides_file():
    base = Config(select=("F",), fail_on="error", ignore=("F119",))
    merged = with_overrides(base, ignore=["F113"], fail_on="never")
    assert merged.select == ("F",) and merged.fail_on == "never"
    assert set(merged.ignore) == {"F119", "F113"}


def test_extra_lexicon_terms_reach_the_analyzer(tmp_path):
    from ehcp_audit.engine import build_registry

    registry = build_registry(lexicon_overrides={"hedge": {"add": ["perchance"]}}, plugins=False)
    assert "perchance" in registry.lexicons["hedge"].phrases
