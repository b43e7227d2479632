#!/usr/bin/env bash
# Runs a PHP quality tool from Composer's vendor/ (installed on first use), or says where it is.
#   bin/php-tools.sh phpunit|phpcs|phpstan [args…]
#   bin/php-tools.sh which phpunit
# Composer's packages come from Packagist where this machine reaches it; PHPUnit falls back to
# Debian's /usr/bin/phpunit when Composer cannot install.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

ensure_vendor() {
	if [ ! -f vendor/autoload.php ] || [ composer.json -nt vendor/autoload.php ]; then
		if command -v composer >/dev/null && composer install --no-interaction --no-progress --quiet; then
			touch vendor/autoload.php
		else
			echo "php-tools: composer install failed; falling back to what the system has." >&2
		fi
	fi
}

locate() {
	ensure_vendor
	if [ -x "vendor/bin/$1" ]; then echo "$ROOT/vendor/bin/$1"; return; fi
	if [ "$1" = phpunit ] && command -v phpunit >/dev/null; then command -v phpunit; return; fi
	die "$1 is not available: Composer could not install it (see composer.json)."
}

if [ "${1:-}" = which ]; then locate "${2:?tool}"; exit; fi
tool="$(locate "${1:?usage: php-tools.sh phpunit|phpcs|phpstan [args…]}")"
shift
exec "$tool" "$@"
