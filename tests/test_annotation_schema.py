"""The annotation format: a JSON Schema the build validates against and editors read, errors at file:line.

tests/test_bad_input.py covers malformed YAML and a bad entity id; these tests cover the other kinds
of schema error and the schema's use by the build and by editors.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

import jsonschema
import pytest
import yaml

from civickg.builder import library
from civickg.errors import AnnotationError
from tests.conftest import ROOT, edit

FOLDER = ROOT / "graph" / "annotations"
SCHEMA = FOLDER / "annotation.schema.json"
ANN = "graph/annotations/shandalu-subdistrict-2023.yaml"
GOOD_QUOTE = "    value: 5\n    quote: 成立5支志愿服务队\n"
TYPO_QUOTE = "    value: 5\n    qoute: 成立5支志愿服务队\n"
MODELINE = "# yaml-language-server: $schema=./annotation.schema.json"


def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def schema_error(project) -> AnnotationError:
    with pytest.raises(AnnotationError) as info:
        library.build(project)
    assert "does not match the annotation schema" in info.value.message
    assert info.value.file.endswith(ANN)
    return info.value


def number_of(project, text: str, after: str | None = None) -> int:
    """The 1-based number of the first line equal to ``text`` (after the line equal to ``after``)."""
    lines = (project.root / ANN).read_text(encoding="utf-8").splitlines()
    start = lines.index(after) if after else 0
    return lines.index(text, start) + 1


def test_the_schema_is_valid_json_schema_2020_12():
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_annotation_file_points_editors_at_the_schema():
    files = sorted(FOLDER.glob("*.yaml"))
    assert len(files) >= 2
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == MODELINE, path.name
        assert (path.parent / first.split("$schema=")[1]).resolve() == SCHEMA.resolve()


def test_every_file_and_the_readme_example_match_the_schema():
    validator = jsonschema.Draft202012Validator(schema())
    for path in sorted(FOLDER.glob("*.yaml")):
        assert list(validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))) == [], path.name
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(# yaml-language-server.*?)```", readme, re.DOTALL).group(1)
    assert list(validator.iter_errors(yaml.safe_load(example))) == []


def test_the_readme_documents_every_key_of_the_schema():
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    defs = schema()["$defs"]
    keys = set(schema()["properties"])
    for name in ("entity", "fact", "observation", "mention"):
        keys |= set(defs[name]["properties"])
    missing = sorted(k for k in keys if not re.search(rf"\b{k}:", readme))
    assert missing == []


def test_the_build_reads_the_schema_file(project_copy):
    """The build validates against annotation.schema.json itself, not a copy of it in the code."""
    path = project_copy.root / "graph" / "annotations" / "annotation.schema.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["$defs"]["entity"]["required"].append("aliases")
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(AnnotationError) as info:
        library.build(project_copy)
    assert "'aliases' is a required property" in info.value.message


def test_missing_quote_names_the_fact_and_its_line(project_copy):
    edit(project_copy.root / ANN, "    p: numberOfTeams\n    value: 5\n    quote: 成立5支志愿服务队\n",
         "    p: numberOfTeams\n    value: 5\n")
    err = schema_error(project_copy)
    assert "'quote' is a required property" in err.message
    assert err.line == number_of(project_copy, "    p: numberOfTeams") - 1  # the "- s:" line of that fact


def test_wrong_type_points_at_the_key(project_copy):
    edit(project_copy.root / ANN, "    indicator: volunteer-service-teams\n    about: baihua-park-community\n"
         "    period: 2023\n", "    indicator: volunteer-service-teams\n    about: baihua-park-community\n"
         "    period: 二〇二三\n")
    err = schema_error(project_copy)
    assert "period: '二〇二三' is not of type 'integer'" in err.message
    assert err.line == number_of(project_copy, "    period: 二〇二三")


def test_unknown_key_points_at_it_and_suggests_the_right_one(project_copy):
    edit(project_copy.root / ANN, GOOD_QUOTE, TYPO_QUOTE)
    err = schema_error(project_copy)
    assert "'qoute' was unexpected" in err.message and "did you mean 'quote'?" in err.message
    assert err.line == number_of(project_copy, "    qoute: 成立5支志愿服务队")


def test_bad_id_in_a_reference_points_at_the_key(project_copy):
    edit(project_copy.root / ANN, "  - s: baihua-park-volunteer-teams\n    p: numberOfTeams",
         "  - s: Baihua Park Volunteer Teams\n    p: numberOfTeams")
    err = schema_error(project_copy)
    assert "'Baihua Park Volunteer Teams' does not match" in err.message
    assert err.line == number_of(project_copy, "  - s: Baihua Park Volunteer Teams")


def test_a_fact_with_both_object_and_value(project_copy):
    edit(project_copy.root / ANN, "    p: numberOfTeams\n    value: 5\n",
         "    p: numberOfTeams\n    value: 5\n    o: baihua-park-community\n")
    err = schema_error(project_copy)
    assert "a fact needs exactly one of 'o' (an entity) or 'value' (a literal)" in err.message
    assert err.line == number_of(project_copy, "    p: numberOfTeams") - 1


def test_an_observation_without_value_or_rank(project_copy):
    edit(project_copy.root / ANN, "    period: 2023\n    value: 5\n    unit: 支\n", "    period: 2023\n    unit: 支\n")
    err = schema_error(project_copy)
    assert "needs at least one of 'value' or 'rank'" in err.message
    assert err.line == number_of(project_copy, "  - id: baihua-park-2023-volunteer-service-teams")


def test_the_cli_prints_file_line_and_hint(project_copy):
    edit(project_copy.root / ANN, GOOD_QUOTE, TYPO_QUOTE)
    done = subprocess.run([sys.executable, "-m", "civickg", "--root", str(project_copy.root), "build"],
                          capture_output=True, text=True, env={"COLUMNS": "400", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2
    line = number_of(project_copy, "    qoute: 成立5支志愿服务队")
    assert f"{ANN}:{line}: does not match the annotation schema" in done.stderr
    assert "annotation.schema.json" in done.stderr and len(done.stderr.strip().splitlines()) == 1
