#!/usr/bin/env python3
"""Installs the build into a temporary staging folder and checks that every
piece of desktop integration lands where desktops look for it, and validates."""
import os
import subprocess
import sys
import tempfile

build = sys.argv[1]
EXPECTED = [
    'bin/yuntu',
    'share/applications/io.github.yuntu.Yuntu.desktop',
    'share/metainfo/io.github.yuntu.Yuntu.metainfo.xml',
    'share/icons/hicolor/scalable/apps/io.github.yuntu.Yuntu.svg',
    'share/icons/hicolor/symbolic/apps/io.github.yuntu.Yuntu-symbolic.svg',
    'share/glib-2.0/schemas/io.github.yuntu.Yuntu.gschema.xml',
    'share/locale/zh_CN/LC_MESSAGES/yuntu.mo',
    'share/yuntu/yuntu-atlas.rng',
    'share/yuntu/atlas/sites-china.xml',
]

with tempfile.TemporaryDirectory() as dest:
    env = dict(os.environ, DESTDIR=dest, MESON_INSTALL_QUIET='1')
    subprocess.run(['meson', 'install', '-C', build, '--no-rebuild', '--quiet',
                    '--destdir', dest], check=True, env=env)
    prefix = subprocess.run(['meson', 'introspect', '--buildoptions', build],
                            capture_output=True, text=True, check=True).stdout
    import json
    prefix = next(o['value'] for o in json.loads(prefix) if o['name'] == 'prefix')
    root = os.path.join(dest, prefix.lstrip('/'))
    missing = [p for p in EXPECTED if not os.path.exists(os.path.join(root, p))]
    for p in missing:
        print(f'not installed: {p}')
    checks = [
        ['desktop-file-validate', os.path.join(root, EXPECTED[1])],
        ['appstreamcli', 'validate', '--no-net', os.path.join(root, EXPECTED[2])],
        ['glib-compile-schemas', '--strict', '--dry-run', os.path.dirname(os.path.join(root, EXPECTED[5]))],
    ]
    failed = [c[0] for c in checks if subprocess.run(c).returncode != 0]
    for c in failed:
        print(f'{c} rejected the installed file')
    sys.exit(1 if missing or failed else 0)
