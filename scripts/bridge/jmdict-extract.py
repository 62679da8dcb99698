"""Prints JMdict's common nouns as JSON lines for scripts/build-bridge-table.mjs.

Input: the SQLite JMdict shipped by PyPI's `jamdict-data` (jamdict.db, or its .xz as packaged).
Each line: {"ja": headword, "gloss": [first sense's English glosses], "pos": [...], "misc": [...]},
for headwords (kanji or kana forms) carrying a priority marker news1, ichi1, spec1 or gai1.
Python standard library only. JMdict: EDRDG, CC BY-SA 4.0.
"""

import json
import lzma
import os
import shutil
import sqlite3
import sys
import tempfile

PRIORITY = {"news1", "ichi1", "spec1", "gai1"}


def open_db(path):
    if path.endswith(".xz"):
        out = os.path.join(tempfile.gettempdir(), "jamdict-extracted.db")
        if not os.path.exists(out):
            with lzma.open(path) as src, open(out + ".part", "wb") as dst:
                shutil.copyfileobj(src, dst)
            os.replace(out + ".part", out)
        path = out
    return sqlite3.connect(path)


def main(path):
    db = open_db(path)
    forms = {}
    for table, pri in (("Kanji", "KJP"), ("Kana", "KNP")):
        rows = db.execute(
            f"SELECT f.idseq, f.text, p.text FROM {table} f JOIN {pri} p ON p.kid = f.ID"
        )
        for idseq, text, marker in rows:
            if marker in PRIORITY:
                forms.setdefault(idseq, []).append(text)
    first_sense = {}
    for idseq, sid in db.execute("SELECT idseq, MIN(ID) FROM Sense GROUP BY idseq"):
        first_sense[idseq] = sid
    for idseq in sorted(forms):
        sid = first_sense.get(idseq)
        if sid is None:
            continue
        gloss = [r[0] for r in db.execute("SELECT text FROM SenseGloss WHERE sid = ? AND lang = 'eng' ORDER BY rowid", (sid,))]
        pos = [r[0] for r in db.execute("SELECT text FROM pos WHERE sid = ?", (sid,))]
        misc = [r[0] for r in db.execute("SELECT text FROM misc WHERE sid = ?", (sid,))]
        for ja in dict.fromkeys(forms[idseq]):
            print(json.dumps({"ja": ja, "gloss": gloss, "pos": pos, "misc": misc}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
