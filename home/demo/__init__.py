"""Demo content: one loader (`loader.py`) reads the content files each domain
keeps in its `demo/` folder; `users.py` makes the demo accounts; `pages.py`
and `pages.yaml` are home's own pages. The helpers tests and scripts use to
build and translate pages the way the demo does are exported here."""

from home.demo.loader import add_child_once, publish, source_home, translate
from home.demo.users import DEMO_PASSWORD_SUFFIX, create_demo_users

__all__ = [
    "DEMO_PASSWORD_SUFFIX",
    "add_child_once",
    "create_demo_users",
    "publish",
    "source_home",
    "translate",
]
