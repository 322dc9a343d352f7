"""Run extraction and speaker resolution (no ingest, no classifier) and write predictions JSONL.

Usage:
    python scripts/extract_only.py GOLD.jsonl [GOLD2.jsonl ...] -o PRED.jsonl [--show]
    python scripts/extract_only.py --seed seeds/000_bfcb31a09d5a35c5.txt --id seed-iran-us-khamenei-2015 -o PRED.jsonl

Gold statements are dropped before extraction. ``--show`` prints gold and predicted spans side
by side, for error analysis.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from stance.extract import extract_statements
from stance.records import Article
from stance.speakers import resolve_speakers


def _load(paths: list[str]) -> list[dict]:
    recs: list[dict] = []
    for p in paths:
        raw = Path(p).read_text(encoding="utf-8")
        if raw.lstrip().startswith("[") or (raw.lstrip().startswith("{") and p.endswith(".json")):
            d = json.loads(raw)
            recs.extend(d if isinstance(d, list) else [d])
        else:
            recs.extend(json.loads(line) for line in raw.splitlines() if line.strip())
    return recs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--seed")
    ap.add_argument("--id", default="seed")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    recs = _load(args.gold) if args.gold else []
    if args.seed:
        recs.append({"id": args.id, "text": Path(args.seed).read_text(encoding="utf-8"), "statements": []})
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in recs:
            art = Article(id=str(r["id"]), text=r["text"], date=r.get("date"))
            sts = resolve_speakers(art, extract_statements(art))
            fh.write(json.dumps({"id": art.id, "statements": [s.to_dict() for s in sts]}, ensure_ascii=False) + "\n")
            if args.show:
                _show(r, sts)


def _show(r: dict, sts: list) -> None:
    t = r["text"]
    gold = sorted(r.get("statements") or [], key=lambda s: s["start"])
    print("=====", r["id"])
    rows = [("G", g["start"], g["end"], g.get("speaker"), g.get("mode")) for g in gold]
    rows += [("P", s.start, s.end, f"{s.speaker} <{s.mention.text if s.mention else None}> [{s.cue}]", s.mode) for s in sts]
    rows.sort(key=lambda x: (x[1], x[0]))
    for tag, s, e, spk, mode in rows:
        frag = t[s:e].replace("\n", "/")
        frag = frag if len(frag) < 90 else frag[:60] + " ... " + frag[-25:]
        print(f"{tag} {s:5d}-{e:5d} {mode:8s} {spk!s:45.45s} | {frag}")


if __name__ == "__main__":
    main()
