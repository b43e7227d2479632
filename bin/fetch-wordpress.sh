#!/usr/bin/env bash
# Provides WordPress core files for the minimum supported and the newest version in a cache folder.
#
#   bin/fetch-wordpress.sh            # both versions
#   bin/fetch-wordpress.sh min|latest # one of them
#
# Prints nothing but progress; the result is $WAYFINDER_CACHE/wordpress/<min|latest>/ with a
# VERSION file. Offline route: Debian ships WordPress as a package (6.8.x in trixie, 7.x in forky)
# with some bundled libraries replaced by links into other packages; we download them all with a
# temporary sources list built from this machine's own Debian mirror, unpack, resolve the links and
# drop Debian's wp-config.php. With internet and no apt, we fall back to the official release zip.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="${WAYFINDER_CACHE:-$ROOT/.cache}"
declare -A SUITES=( [min]=trixie [latest]=forky )
declare -A RELEASES=( [min]=6.8 [latest]=latest )

die() { echo "fetch-wordpress: $*" >&2; exit 1; }

debian_mirror() {
	local uri=""
	if [ -f /etc/apt/sources.list.d/debian.sources ]; then
		uri="$(awk '/^URIs:/ && $2 !~ /security/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)"
	fi
	if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
		uri="$(awk '/^deb / && $2 !~ /security/ { print ($2 ~ /^\[/ ? $3 : $2); exit }' /etc/apt/sources.list)"
	fi
	echo "$uri"
}

from_debian() {
	local slot="$1" suite="$2" dest="$3" mirror work apt_opts deps pkg
	mirror="$(debian_mirror)"
	[ -n "$mirror" ] || return 1
	command -v apt-get >/dev/null || return 1
	work="$CACHE/apt-$suite"
	rm -rf "$work/root" "$work/debs"
	mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs" "$work/root"
	: > "$work/status"
	echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" > "$work/sources.list"
	apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
		-o "Dir::State::Lists=$work/lists" -o "Dir::State::status=$work/status"
		-o "Dir::Cache=$work/cache" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=$(id -un)")
	echo "Reading the $suite package list from the Debian mirror…"
	apt-get "${apt_opts[@]}" update -qq >/dev/null 2>"$work/update.log" || { cat "$work/update.log" >&2; return 1; }
	# The bundled libraries Debian split out, and the default theme it recommends.
	deps="$(apt-cache "${apt_opts[@]}" depends wordpress 2>/dev/null | awk '/(Depends|Recommends):/ { print $2 }' | tr -d '<>' | grep -E '^(libjs-|libphp-|php-getid3|wordpress-theme-)' | sort -u || true)"
	(cd "$work/debs" && apt-get "${apt_opts[@]}" download wordpress $deps >/dev/null) || return 1
	for pkg in "$work"/debs/*.deb; do dpkg-deb -x "$pkg" "$work/root"; done
	# Debian's links are absolute (into /usr/share/...): point them into the unpacked tree, or at
	# this machine's own file where another package provides it (the CA bundle).
	while IFS= read -r link; do
		local target; target="$(readlink "$link")"
		case "$target" in /*) [ -e "$work/root$target" ] && ln -sfn "$work/root$target" "$link" ;; esac
	done < <(find "$work/root" -type l)
	local core="$work/root/usr/share/wordpress"
	[ -f "$core/wp-includes/version.php" ] || die "the $suite wordpress package has no wp-includes/version.php"
	rm -rf "$core/wp-config.php" "$core/wp-content/plugins/akismet"
	local dangling; dangling="$(find -L "$core" -type l 2>/dev/null | head -5)"
	[ -z "$dangling" ] || die "links left dangling in the $suite package: $dangling"
	rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
	cp -rL "$core/." "$dest.tmp/"
	mkdir -p "$dest.tmp/wp-content/plugins" "$dest.tmp/wp-content/themes" "$dest.tmp/wp-content/uploads"
	ls "$dest.tmp/wp-content/themes/"*/style.css >/dev/null 2>&1 || die "no theme came with the $suite package"
	rm -rf "$dest" && mv "$dest.tmp" "$dest"
	rm -rf "$work/root" "$work/debs"
}

from_wordpress_org() {
	local release="$1" dest="$2" zip
	command -v curl >/dev/null || return 1
	zip="$CACHE/wordpress-$release.zip"
	curl -fsSL "https://wordpress.org/wordpress-$release.zip" -o "$zip" || return 1
	rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
	unzip -q "$zip" -d "$dest.tmp" && mv "$dest.tmp/wordpress" "$dest" && rm -rf "$dest.tmp"
}

fetch() {
	local slot="$1" dest="$CACHE/wordpress/$1"
	if [ -f "$dest/VERSION" ] && [ -f "$dest/wp-includes/version.php" ]; then
		echo "WordPress ($slot): $(cat "$dest/VERSION") already in $dest"
		return
	fi
	mkdir -p "$CACHE/wordpress"
	from_debian "$slot" "${SUITES[$slot]}" "$dest" || from_wordpress_org "${RELEASES[$slot]}" "$dest" ||
		die "could not get WordPress ($slot): neither the Debian ${SUITES[$slot]} package nor wordpress.org was reachable."
	php -r 'include $argv[1]; echo $wp_version;' "$dest/wp-includes/version.php" > "$dest/VERSION"
	echo "WordPress ($slot): $(cat "$dest/VERSION") in $dest"
}

case "${1:-all}" in
	min|latest) fetch "$1" ;;
	all) fetch min; fetch latest ;;
	*) die "usage: $0 [min|latest|all]" ;;
esac
