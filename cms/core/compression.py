"""Gzip for HTML sent to people who are not signed in.

Static files are already compressed (WhiteNoise serves the Brotli and gzip copies made by
collectstatic), so this is only about the HTML that Django renders.

Compressing a response that holds a secret next to text an attacker can influence (a search term
echoed back, say) lets the attacker guess the secret from the compressed size: the BREACH attack.
Pages for signed-in people hold exactly such secrets (names, case details), so they are sent
uncompressed; they are small and never the bulk of the traffic. Anonymous pages hold no personal
data. Their one secret-looking value, the CSRF token in a form (the sign-in page), is masked afresh
for every response by Django, which is Django's own defence against BREACH, and Django's
GZipMiddleware adds random padding on top ("Heal the BREACH").

It must come after WhiteNoise in MIDDLEWARE (WhiteNoise answers static files before it, already
compressed) and before anything that writes the response body. A response with no ``user`` on
the request never got as far as authentication (a cached page or a static file) and is anonymous.
"""

from django.middleware.gzip import GZipMiddleware


class AnonymousGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return response
        return super().process_response(request, response)
