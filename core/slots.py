"""Slots: places in a lower app's template where apps above add HTML, so that the lower app names none of them.

A template asks for a slot's HTML with ``{% slot "name" key=value %}`` (``core.templatetags.slots``); every function
registered with the Wagtail hook ``slot_<name>`` gets the template's context and the keyword arguments and answers
HTML (or ""). The alerts app, for example, adds its subscribe form to the directory, branch, jobs, calls and agenda
pages through the slot "subscribe", and the Atom link of a directory search through "directory_head".
"""

from django.utils.html import format_html_join
from wagtail import hooks


def hook_name(slot):
    return f"slot_{slot}"


def render(slot, context, **kwargs):
    """The HTML of every function registered for ``slot``, in hook order."""
    parts = [function(context, **kwargs) for function in hooks.get_hooks(hook_name(slot))]
    return format_html_join("", "{}", ((part,) for part in parts if part))
