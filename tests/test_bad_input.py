"""Bad input: each gets one clear line naming the file and what to do, and nothing is written."""

from __future__ import annotations

import subprocess
import sys

import pytest

from civickg.builder import library
from civickg.errors import AnnotationError, CivicError, QuoteNotFoundError, SourceError
from tests.conftest import edit

ART1 = "graph/annotations/jinan-civil-affairs-2024.yaml"
ART2 = "graph/annotations/shandalu-subdistrict-2023.yaml"
META = "graph/sources/000_914b0a86cd06571a.yaml"
TEXT = "graph/sources/000_914b0a86cd06571a.txt"


def build_error(project) -> CivicError:
    with pytest.raises(CivicError) as info:
        library.build(project)
    return info.value


def test_quote_not_in_article_names_fact_and_quote(project_copy):
    edit(project_copy.root / ART1, "quote: 王勇获评第十二届“中华慈善奖”", "quote: 王勇荣获第十二届“中华慈善奖”")
    err = build_error(project_copy)
    assert isinstance(err, QuoteNotFoundError)
    msg = err.render()
    assert "wang-yong received china-charity-award" in msg
    assert "王勇荣获第十二届“中华慈善奖”" in msg
    assert ART1 in msg and err.line is not None
    assert "jinan-civil-affairs-2024" in msg


def test_unknown_class(project_copy):
    edit(project_copy.root / ART2, "class: Studio", "class: Studioo")
    err = build_error(project_copy)
    assert isinstance(err, AnnotationError)
    assert "unknown class 'Studioo'" in err.render() and ART2 in err.render()
    assert "ontology/civic.ttl" in err.render()


def test_unknown_predicate(project_copy):
    edit(project_copy.root / ART1, "p: received", "p: recieved")
    err = build_error(project_copy)
    assert "unknown predicate 'recieved'" in err.render()
    assert ART1 in err.render() and err.line is not None


def test_duplicate_id_across_files(project_copy):
    text = (project_copy.root / ART2).read_text(encoding="utf-8")
    text = text.replace("- id: anqing-studio", "- id: wang-yong", 1)
    text = text.replace("s: anqing-studio", "s: wang-yong").replace("o: anqing-studio", "o: wang-yong")
    (project_copy.root / ART2).write_text(text, encoding="utf-8")
    err = build_error(project_copy)
    assert "duplicate id 'wang-yong'" in err.render()
    assert "first declared at" in err.render() and ART1 in err.render()


def test_reference_to_undefined_entity(project_copy):
    edit(project_copy.root / ART2, "o: minziqian-community", "o: minziqian-comunity")
    err = build_error(project_copy)
    assert "undefined entity 'minziqian-comunity'" in err.render()
    assert ART2 in err.render()


def test_malformed_yaml_gives_file_and_line(project_copy):
    path = project_copy.root / ART1
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "  - id: [unclosed")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = build_error(project_copy)
    assert "malformed YAML" in err.render()
    assert err.file.endswith(ART1) and err.line is not None and 5 <= err.line <= 8


def test_schema_violation_gives_line(project_copy):
    path = project_copy.root / ART1
    edit(path, "  - id: wang-yong\n", "  - id: Wang Yong\n")
    err = build_error(project_copy)
    expected_line = path.read_text(encoding="utf-8").splitlines().index("  - id: Wang Yong") + 1
    assert "annotation schema" in err.render()
    assert err.line == expected_line


def test_gbk_source_is_detected_and_converted_only_when_asked(project_copy):
    text_path = project_copy.root / TEXT
    original = text_path.read_text(encoding="utf-8")
    text_path.write_bytes(original.encode("gb18030"))
    err = build_error(project_copy)
    assert isinstance(err, SourceError)
    assert "GB18030/GBK" in err.render() and "--convert-encoding" in err.render()
    assert text_path.read_bytes() == original.encode("gb18030")  # untouched
    built = library.build(project_copy, convert=True)
    assert text_path.read_text(encoding="utf-8") == original
    assert (project_copy.root / (TEXT + ".orig")).exists()
    assert len(built.annotations.entities) > 90


def test_empty_article(project_copy):
    text_path = project_copy.root / TEXT
    raw = text_path.read_text(encoding="utf-8")
    start = raw.index("济南市历城区山大路街道：")
    text_path.write_text(raw[:start] + "济南市历城区山大路街道：\n", encoding="utf-8")
    edit(project_copy.root / META, "sha256:", "sha256_old:")
    import hashlib
    digest = hashlib.sha256(text_path.read_text(encoding="utf-8").encode()).hexdigest()
    edit(project_copy.root / META, "sha256_old:", f"sha256: {digest}\n# was:")
    err = build_error(project_copy)
    assert "article 'shandalu-subdistrict-2023' is empty" in err.render()
    assert TEXT in err.render()


def test_missing_metadata_field(project_copy):
    edit(project_copy.root / META, "    begins: 济南市历城区山大路街道：\n", "")
    err = build_error(project_copy)
    assert isinstance(err, SourceError)
    assert "missing the metadata field 'begins'" in err.render()
    assert META in err.render()


def test_changed_source_text_is_refused(project_copy):
    text_path = project_copy.root / TEXT
    text_path.write_text(text_path.read_text(encoding="utf-8") + "多出来的一句话。\n", encoding="utf-8")
    err = build_error(project_copy)
    assert "SHA-256" in err.render()


def test_cli_prints_one_line_and_keeps_previous_build(project_copy):
    root = project_copy.root
    ok = subprocess.run([sys.executable, "-m", "civickg", "--root", str(root), "build"],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    before = {p.name: p.read_bytes() for p in (root / "build").glob("civickg.*")}
    edit(root / ART1, "p: received", "p: recieved")
    bad = subprocess.run([sys.executable, "-m", "civickg", "--root", str(root), "build"],
                         capture_output=True, text=True, env={"COLUMNS": "400", "PATH": "/usr/bin:/bin"})
    assert bad.returncode == 2
    lines = [line for line in bad.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, bad.stderr
    assert lines[0].startswith("error: ") and "recieved" in lines[0] and "Traceback" not in bad.stderr
    after = {p.name: p.read_bytes() for p in (root / "build").glob("civickg.*")}
    assert after == before
