import pytest

from cms.core.readability import lix, plain_text


def test_known_text_scores_by_hand():
    # 9 words, 2 sentences, 2 long words ("solicitor", "tomorrow") -> 9/2 + 100*2/9 = 26.7
    assert lix("Go to a solicitor. They can help you tomorrow.") == pytest.approx(26.7)


def test_long_sentences_and_long_words_score_higher():
    plain = "We are worried. We want to help. You can get free advice."
    legal = (
        "The local authority has determined that the threshold criteria pursuant to section 31 are "
        "satisfied, necessitating the commencement of proceedings notwithstanding representations."
    )
    assert lix(plain) < 30 < 60 < lix(legal)


def test_html_blocks_count_as_sentence_ends():
    html = "<h2>What happens next</h2><p>You get a letter</p><ul><li>Read it</li><li>Call us</li></ul>"
    # 11 words in 4 blocks; one long word ("happens") -> 11/4 + 100/11 = 11.8
    assert lix(plain_text(html)) == pytest.approx(11.8)


def test_empty_text_scores_zero():
    assert lix("") == 0.0
