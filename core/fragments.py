"""Fragments that apps above add to the pages of apps below them, so that a lower app names none of them.

A template asks for the fragments of a slot with ``{% fragments "slot" key=value %}`` (``core.templatetags.
fragments``); every function registered with the Wagtail hook ``fragment_<slot>`` gets the template's context and
the keyword arguments and answers HTML (or ""). The alerts app, for example, adds its subscribe form to the
directory, branch, jobs, calls and agenda pages through the slot "subscribe".
"""

from django.utils.html import format_html_join
from wagtail import hooks


def hook_name(slot):
    return f"fragment_{slot}"


def render(slot, context, **kwargs):
    """The HTML of every fragment registered for ``slot``, in hook order."""
    parts = [function(context, **kwargs) for function in hooks.get_hooks(hook_name(slot))]
    return format_html_join("", "{}", ((part,) for part in parts if part))
