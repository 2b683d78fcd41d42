"""A parent on a phone says they cannot make a date, and asks for an interpreter (#19)."""

import pytest

from portal.conversations.models import Thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PARENT = "parent.one@family.example"


def test_a_parent_cannot_make_a_date_and_asks_for_an_interpreter(page, demo, sign_in, shot):
    sign_in(page, PARENT)
    page.goto(demo.taylor_url)
    card = page.locator(".govuk-summary-card", has_text="Parenting assessment session")
    with page.expect_navigation():
        card.get_by_role("link", name="I can't make this date").click()
    assert page.get_by_role("heading", level=1).inner_text() == "I can't make this date"
    with page.expect_navigation():
        page.get_by_role("button", name="Send to my worker").click()
    assert "Tell your worker why you cannot make it" in page.locator(".govuk-error-summary").inner_text()
    shot(page, "cannot-make-refused")
    page.get_by_label("Why can you not make it?").fill("I have a hospital appointment that afternoon.")
    with page.expect_navigation():
        page.get_by_role("button", name="Send to my worker").click()
    assert "Parenting assessment session" in page.locator(".govuk-caption-l").inner_text()
    assert page.get_by_text("usually replies within 2 working days").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, "cannot-make-sent")
    thread = Thread.objects.get(topic="date", asker__user__email=PARENT)
    assert thread.key_date.title == "Parenting assessment session"

    page.goto(demo.taylor_url)
    with page.expect_navigation():
        page.get_by_role("link", name="Ask for an interpreter, an advocate or other help to take part").click()
    page.get_by_label("An interpreter").check()
    page.get_by_label("Tell us more").fill("Polish, for the review meeting please.")
    shot(page, "help-request")
    with page.expect_navigation():
        page.get_by_role("button", name="Send to my worker").click()
    assert "You asked for: An interpreter" in page.locator(".govuk-caption-l").inner_text()
    assert Thread.objects.filter(topic="request", need="interpreter", asker__user__email=PARENT).exists()


def test_a_parent_sends_a_photo_and_its_location_is_gone_in_what_the_worker_gets(page, demo, sign_in, shot, tmp_path):
    import io

    from PIL import ExifTags, Image

    from portal.documents.models import FamilyUpload

    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (53.0, 48.0, 1.0)}
    photo = tmp_path / "certificate.jpg"
    Image.new("RGB", (120, 90), "white").save(photo, "JPEG", exif=exif.tobytes())

    sign_in(page, PARENT)
    page.goto(demo.taylor_url)
    with page.expect_navigation():
        page.get_by_role("link", name="Send a document or photo to your worker").click()
    assert page.get_by_text("we remove where it was taken").is_visible()
    page.get_by_label("Choose a file or photo").set_input_files(str(photo))
    page.get_by_label("A note for your worker").fill("My parenting course certificate")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, "send-photo")
    with page.expect_navigation():
        page.get_by_role("button", name="Send to my worker").click()
    sent = page.locator("#sent ~ .portal-documents").first
    assert "certificate.jpg" in sent.inner_text() and "Sent" in sent.inner_text()
    shot(page, "photo-sent")

    upload = FamilyUpload.objects.get(sender__user__email=PARENT)
    with upload.file.open("rb") as stored:
        data = stored.read()
    assert b"PhoneMaker" not in data
    with Image.open(io.BytesIO(data)) as kept:
        assert not kept.getexif()


def test_a_parent_reads_a_letter_in_the_page_without_downloading_it(page, demo, sign_in, shot):
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    sign_in(page, PARENT)
    page.goto(demo.taylor_url)
    with page.expect_navigation():
        page.get_by_role("link", name="Letter before proceedings").first.click()
    assert page.get_by_text("someone else could find it in your downloads").is_visible()
    with page.expect_navigation() as navigation:
        page.get_by_role("link", name="Read it here").click()
    response = navigation.value
    assert "no-store" in response.headers["cache-control"]
    assert "content-disposition" not in response.headers
    picture = page.locator("img.portal-document-page")
    assert picture.is_visible()
    assert page.evaluate(
        "(img) => img.naturalWidth > 0 && img.getBoundingClientRect().width <= window.innerWidth",
        picture.element_handle(),
    )
    page.get_by_text("The words on this page, as text").click()
    assert "This is a demo letter" in page.locator(".govuk-details__text").inner_text()
    shot(page, "read-in-page")
    assert downloads == []
