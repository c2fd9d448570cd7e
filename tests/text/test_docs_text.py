"""The examples in docs/text.md run and print what the page says."""

import doctest
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "text.md"


def test_docs_text_examples_run():
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    for i, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"docs/text.md[{i}]", str(DOC), 0))
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0
