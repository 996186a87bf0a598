"""Reads spans.jsonl as spaCy would: a Doc per line from its tokens, every span a strict char_span.

The Doc is built from the exported tokens; the text between two tokens is a single space (the
token's trailing whitespace) or becomes a whitespace token, as spaCy's own tokenizer does, so the
Doc's text is the document's text exactly. Prints counts and every span that did not align.
"""
import json
import sys

import spacy
from spacy.tokens import Doc, Span


def main() -> None:
    nlp = spacy.blank("id")
    report = {"docs": 0, "spans": 0, "aligned": 0, "text_equal": 0, "problems": []}
    with open(sys.argv[1], encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            task = json.loads(line)
            text, tokens = task["text"], task["tokens"]
            words, spaces, index = [], [], []
            if tokens and tokens[0]["start"] > 0:
                words.append(text[: tokens[0]["start"]])
                spaces.append(False)
            for i, token in enumerate(tokens):
                index.append(len(words))
                words.append(token["text"])
                following = tokens[i + 1]["start"] if i + 1 < len(tokens) else len(text)
                gap = text[token["end"] : following]
                spaces.append(gap == " ")
                if gap not in ("", " "):
                    words.append(gap)
                    spaces.append(False)
            doc = Doc(nlp.vocab, words=words, spaces=spaces)
            report["docs"] += 1
            report["text_equal"] += doc.text == text
            group = []
            for span in task["spans"]:
                report["spans"] += 1
                found = doc.char_span(span["start"], span["end"], label=span["label"], alignment_mode="strict")
                expected = (index[span["token_start"]], index[span["token_end"]] + 1)
                if found is not None and (found.start, found.end) == expected and found.text == text[span["start"] : span["end"]]:
                    report["aligned"] += 1
                    group.append(found)
                else:
                    report["problems"].append({"line": number, "span": span})
            doc.spans["lontar"] = group
            if len(doc.spans["lontar"]) != len(task["spans"]):
                report["problems"].append({"line": number, "span_group": len(doc.spans["lontar"])})
            assert all(isinstance(s, Span) for s in doc.spans["lontar"])
    print(json.dumps(report))


main()
