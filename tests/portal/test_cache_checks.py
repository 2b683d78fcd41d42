"""The shared cache (#21): the Redis backend that the README documents for several servers works, and
the system checks fail, with a plain hint, when the configured cache cannot be loaded or reached,
instead of every request answering 500."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings

from portal.ops.checks import cache_answers, cache_backend_loads

# The Redis server the development machines and CI run (.ci/run starts one if none answers); a
# database number of its own, so nothing else's keys are touched.
REDIS_URL = "redis://127.0.0.1:6379/15"
REDIS = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
NOBODY_LISTENING = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}  # noqa: E501
NO_SUCH_BACKEND = {"default": {"BACKEND": "portal.no_such_module.Cache", "LOCATION": ""}}


@override_settings(CACHES=REDIS)
def test_with_redis_the_site_answers_and_the_cache_is_shared(client, db):
    assert cache_backend_loads() == [] and cache_answers() == []
    assert client.get("/healthz").status_code == 200
    caches["default"].set("portal:test:shared", "seen", 10)
    # Another connection to the same server (as another app server would have) reads it.
    from redis import Redis

    assert Redis.from_url(REDIS_URL).exists(":1:portal:test:shared") == 1
    caches["default"].delete("portal:test:shared")


@override_settings(CACHES=NOBODY_LISTENING)
def test_an_unreachable_cache_fails_the_deploy_check():
    errors = cache_answers()
    assert [error.id for error in errors] == ["portal.E002"]
    assert "cannot be reached" in errors[0].msg and "CACHE_URL" in errors[0].hint
    with pytest.raises(SystemCheckError, match="portal.E002"):
        call_command("check", "--deploy", "--tag", "caches")


@override_settings(CACHES=NO_SUCH_BACKEND)
def test_a_backend_that_cannot_be_loaded_fails_every_check():
    assert [error.id for error in cache_backend_loads()] == ["portal.E001"]
    assert cache_answers() == []  # reported once, as E001


def test_the_configured_cache_passes():
    assert cache_backend_loads() == [] and cache_answers() == []
