#!/usr/bin/env python3
"""Fails when a file with translatable strings is missing from po/POTFILES.in,
or when a language in po/LINGUAS lacks a translation for any current string."""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
po_dir = os.path.join(root, 'po')

MARKERS = {
    '.c': re.compile(r'\b(?:N?C?_|g_dngettext|ngettext)\s*\(\s*"'),
    '.ui': re.compile(r'translatable="yes"'),
    '.in': re.compile(r'.'),
    '.xml': re.compile(r'gettext-domain='),
}


def translatable_files():
    found = []
    for top in ('app', 'resources'):
        for dirpath, _dirs, files in os.walk(os.path.join(root, top)):
            for name in files:
                ext = os.path.splitext(name)[1]
                if ext not in MARKERS:
                    continue
                if ext == '.xml' and not name.endswith('.gschema.xml'):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding='utf-8') as f:
                    if MARKERS[ext].search(f.read()):
                        found.append(os.path.relpath(path, root))
    return sorted(found)


def listed_files():
    with open(os.path.join(po_dir, 'POTFILES.in'), encoding='utf-8') as f:
        return {line.strip() for line in f if line.strip() and not line.startswith('#')}


def main():
    problems = []
    listed = listed_files()
    for path in translatable_files():
        if path not in listed:
            problems.append(f'{path}: has translatable strings but is not in po/POTFILES.in')
    for path in sorted(listed):
        if not os.path.exists(os.path.join(root, path)):
            problems.append(f'po/POTFILES.in: lists {path}, which does not exist')

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'yuntu.pot')
        subprocess.run(['xgettext', '--from-code=UTF-8', '--directory', root,
                        '--files-from', os.path.join(po_dir, 'POTFILES.in'),
                        '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2',
                        '--keyword=NC_:1c,2', '--keyword=g_dngettext:2,3',
                        '--keyword=ngettext:1,2', '--add-comments=Translators',
                        '-o', pot], check=True)
        with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
            langs = [l.strip() for l in f if l.strip() and not l.startswith('#')]
        for lang in langs:
            merged = os.path.join(tmp, lang + '.po')
            subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching',
                            os.path.join(po_dir, lang + '.po'), pot, '-o', merged], check=True)
            stats = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, merged],
                                   capture_output=True, text=True, env={**os.environ, 'LC_ALL': 'C'})
            if stats.returncode != 0:
                problems.append(f'po/{lang}.po: msgfmt --check failed: {stats.stderr.strip()}')
            elif 'untranslated' in stats.stderr or 'fuzzy' in stats.stderr:
                missing = subprocess.run(['msgattrib', '--untranslated', '--no-obsolete', merged],
                                         capture_output=True, text=True).stdout
                ids = re.findall(r'^msgid "(.*)"$', missing, re.M)
                problems.append(f'po/{lang}.po: {stats.stderr.strip()}; missing: ' +
                                '; '.join(i for i in ids if i)[:2000])
    for p in problems:
        print(p)
    print(f"{len(listed)} files listed, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
