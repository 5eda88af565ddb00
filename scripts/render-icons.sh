#!/usr/bin/env bash
# Regenerates the hicolor theme icons under packaging/icons from resources/icons/agentp-console.svg.
# The PNGs are committed so a build never needs librsvg; rerun this after editing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

src=resources/icons/agentp-console.svg
name=ru.agentp.Console
out=packaging/icons/hicolor

command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }

for size in 16 32 48 64 128 256; do
    mkdir -p "$out/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$out/${size}x${size}/apps/$name.png" "$src"
done
mkdir -p "$out/scalable/apps"
cp "$src" "$out/scalable/apps/$name.svg"
echo "Icons written to $out"
