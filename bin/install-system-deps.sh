#!/usr/bin/env bash
# Installs the Debian packages the tests need (PHP extensions, MariaDB, nginx + PHP-FPM, Chromium; Redis
# and its PHP extension for the scaled-out topology's shared object cache).
# Idempotent: does nothing when everything is already present.
set -euo pipefail

PHP_VERSION="$(php -r 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;')"
packages=(
	"php${PHP_VERSION}-mysql" "php${PHP_VERSION}-sqlite3" "php${PHP_VERSION}-fpm" "php${PHP_VERSION}-gd"
	"php${PHP_VERSION}-curl" "php${PHP_VERSION}-zip" "php${PHP_VERSION}-xml" "php${PHP_VERSION}-mbstring"
	"php${PHP_VERSION}-intl" "php${PHP_VERSION}-redis" mariadb-server mariadb-client nginx redis-server chromium unzip zip
)

missing=()
for pkg in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
	echo "System packages: all present."
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "Missing Debian packages: ${missing[*]}" >&2
	echo "Run this script as root (or: sudo apt-get install ${missing[*]})." >&2
	exit 1
fi

echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Services must not start on install: the harness starts its own on loopback.
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
trap 'rm -f /usr/sbin/policy-rc.d' EXIT
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "System packages installed."
