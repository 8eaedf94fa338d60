#!/usr/bin/env python3
"""Fails when a file with translatable strings is missing from po/POTFILES.in,
or when a language in po/LINGUAS lacks a translation for any current string.

With --self-test, checks the checker: a scratch tree whose sources use each
kind of marker, none of them listed, must be reported file by file."""
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
po_dir = os.path.join(root, 'po')

# A C string is translatable when it is the message argument of a gettext
# call: _("…"), N_("…"), C_("ctx", "…"), ngettext ("…", …), and the
# domain-first g_dngettext (GETTEXT_PACKAGE, "…", …) and g_dgettext.
MARKERS = {
    '.c': re.compile(r'\b(?:N?C?_|g_d?ngettext|ngettext|g_dgettext|g_dpgettext2?)\s*\(\s*'
                     r'(?:(?:GETTEXT_PACKAGE|NULL|[A-Z_]+)\s*,\s*)?"'),
    '.ui': re.compile(r'translatable="yes"'),
    '.in': re.compile(r'.'),
    '.xml': re.compile(r'gettext-domain='),
}


def translatable_files(root):
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


def listed_files(root):
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return {line.strip() for line in f if line.strip() and not line.startswith('#')}


def missing_files(root):
    """Files with translatable strings that POTFILES.in lacks, and listed files that do not exist."""
    problems = []
    listed = listed_files(root)
    for path in translatable_files(root):
        if path not in listed:
            problems.append(f'{path}: has translatable strings but is not in po/POTFILES.in')
    for path in sorted(listed):
        if not os.path.exists(os.path.join(root, path)):
            problems.append(f'po/POTFILES.in: lists {path}, which does not exist')
    return problems


SELF_TEST_SOURCES = {
    'app/plain.c': 'x = _("Plain");\n',
    'app/spaced.c': 'x = _ ("Spaced");\n',
    'app/noop.c': 'static const char *x = N_("Marked");\n',
    'app/context.c': 'x = C_("menu", "With context");\n',
    'app/plural.c': 'x = g_dngettext (GETTEXT_PACKAGE, "%u problem.", "%u problems.", n);\n',
    'app/ngettext.c': 'x = ngettext ("%u site", "%u sites", n);\n',
    'app/ui/dialog.ui': '<property name="title" translatable="yes">Title</property>\n',
}


def self_test():
    """The checker must name every unlisted file with strings, and only those."""
    with tempfile.TemporaryDirectory() as tmp:
        for path, text in SELF_TEST_SOURCES.items():
            os.makedirs(os.path.dirname(os.path.join(tmp, path)), exist_ok=True)
            with open(os.path.join(tmp, path), 'w', encoding='utf-8') as f:
                f.write(text)
        with open(os.path.join(tmp, 'app', 'none.c'), 'w', encoding='utf-8') as f:
            f.write('g_print ("%s", name); x = g_strdup_printf ("_(%d)", n);\n')
        os.makedirs(os.path.join(tmp, 'po'))
        with open(os.path.join(tmp, 'po', 'POTFILES.in'), 'w', encoding='utf-8') as f:
            f.write('# nothing listed\n')
        reported = {p.split(':')[0] for p in missing_files(tmp)}
    expected = set(SELF_TEST_SOURCES)
    for path in sorted(expected - reported):
        print(f'self-test: {path} has a translatable string the checker missed')
    for path in sorted(reported - expected):
        print(f'self-test: {path} was reported but has no translatable string')
    print(f"self-test: {len(expected & reported)} of {len(expected)} unlisted files found")
    return 0 if reported == expected else 1


def main():
    if len(sys.argv) > 2 and sys.argv[2] == '--self-test':
        return self_test()
    problems = missing_files(root)
    listed = listed_files(root)

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
