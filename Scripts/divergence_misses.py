#!/usr/bin/env python3
"""Lists what the divergence benchmark missed and what it raised in vain, for one kind, from the
folder that `Scripts/benchmark_divergences.py --keep` leaves (plants-SPLIT.json and sverka's JSON
outputs): the plants of --plant KIND not found (with their detail, the Russian and English
paragraphs and the kinds seen there), and the divergences of --alarm KIND that point at no plant
(planted documents: away from every plant and its neighbours) or sit on a control copy (all of
them), with their reasons and excerpts. For error analysis on the dev split only: never read the
test split's misses to tune.

Usage: Scripts/divergence_misses.py DIR [--split dev] [--plant name-replaced]
       [--alarm name-mismatch] [--min-severity warning] [--limit N]
"""
import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from benchmark_divergences import (SEVERITY, divergence_places, divergences_of, kept,  # noqa: E402
                                   paragraphs_of, plant_found)


def paragraph_text(result, side, index, limit=400):
    """The text of paragraph `index` of `side` in a sverka JSON result, cut at `limit`."""
    for paragraph in paragraphs_of(result, side):
        if paragraph.get("index") == index:
            text = paragraph.get("text") or " ".join(s.get("text", "") for s in paragraph.get("sentences", []))
            return text[:limit]
    return "?"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--plant", default="name-replaced", help="the kind of plant whose misses are listed")
    parser.add_argument("--alarm", default="name-mismatch", help="the kind of divergence whose false alarms are listed")
    parser.add_argument("--min-severity", choices=tuple(SEVERITY), default="warning")
    parser.add_argument("--limit", type=int, default=0, help="at most N of each list")
    args = parser.parse_args()
    records = json.loads((args.folder / f"plants-{args.split}.json").read_text(encoding="utf-8"))
    severity = SEVERITY[args.min_severity]
    misses, alarms, controls = [], [], []
    for record in records:
        stem = pathlib.Path(record["files"])
        path = pathlib.Path(f"{stem}.json")
        if not path.exists():
            continue
        result = json.loads(path.read_text(encoding="utf-8"))
        divergences = [(d, *divergence_places(result, d)) for d in divergences_of(result) if kept(d, severity, 0.0)]
        for plant in record["plants"]:
            if plant["kind"] != args.plant or any(plant_found(plant, d, ru, en) for d, ru, en in divergences):
                continue
            seen = [f"{d.get('kind')}: {d.get('reason', '')[:160]}" for d, ru, en in divergences
                    if set(plant["ru"]) & ru or set(plant["en"]) & en]
            misses.append((record["document"], plant, [paragraph_text(result, "source", r) for r in plant["ru"]],
                           [paragraph_text(result, "target", e) for e in plant["en"]], seen))
        ru_near = {r for plant in record["plants"] for r in plant["ru_near"]}
        en_near = {e for plant in record["plants"] for e in plant["en_near"]}
        for d, ru, en in divergences:
            if d.get("kind") == args.alarm and not (ru & ru_near or en & en_near):
                alarms.append((record["document"], d))
        clean = pathlib.Path(f"{stem}-clean.json")
        if clean.exists():
            control = json.loads(clean.read_text(encoding="utf-8"))
            for d in divergences_of(control):
                if d.get("kind") == args.alarm and kept(d, severity, 0.0):
                    controls.append((record["document"], d))
    cut = (lambda xs: xs[:args.limit]) if args.limit else (lambda xs: xs)
    print(f"== {len(misses)} {args.plant} plants missed")
    for document, plant, ru, en, seen in cut(misses):
        print(f"-- {document}: {plant['detail']}")
        for text in ru:
            print(f"   ru: {text}")
        for text in en:
            print(f"   en: {text}")
        for line in seen:
            print(f"   seen {line}")
    for title, found in ((f"{args.alarm} away from plants", alarms), (f"{args.alarm} on control copies", controls)):
        print(f"== {len(found)} {title}")
        for document, d in cut(found):
            print(f"-- {document} conf {d.get('confidence')}: {d.get('reason', '')[:300]}")
            print(f"   ru: {d.get('sourceExcerpt', '')}")
            print(f"   en: {d.get('targetExcerpt', '')}")


if __name__ == "__main__":
    main()
