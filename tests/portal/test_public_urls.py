from django.contrib.staticfiles import finders


def test_robots_txt_points_to_the_sitemap_and_hides_private_areas(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /my-family/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_live_public_pages(client, authority_a):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "<loc>http://localhost/</loc>" in response.content.decode()


def test_there_is_a_favicon_so_first_visits_do_not_404(client, db):
    assert client.get("/favicon.ico").status_code == 200
    assert finders.find("images/favicon.svg")


def test_public_pages_send_a_content_security_policy_without_inline_script(client, authority_a):
    policy = client.get("/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_django_admin_is_not_exposed(client, db):
    assert client.get("/django-admin/").status_code == 404
