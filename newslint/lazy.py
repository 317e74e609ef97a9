"""``lazy``: a cached property without a lock, for the per-document model; and
``lazy_pattern``, a module's regular expression compiled on first use.

:class:`functools.cached_property` before Python 3.12 takes a lock shared by every instance on each
first computation (removed in 3.12 as a mistake: it serialises threads and costs a lock round per
value). The article model computes tens of values per document, millions of documents a run, each
on one thread; Dask's threads each lint their own document. This descriptor is the 3.12 behaviour:
compute once, store in the instance's ``__dict__``, where later lookups find it without calling
back (a non-data descriptor).
"""

from __future__ import annotations

import re
from typing import Any, Callable, Generic, Optional, TypeVar, cast, overload

from newslint.compiled import compile as compile_pattern

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801 - used like ``property``
    """A property computed on first access and then stored on the instance."""

    def __init__(self, function: Callable[[Any], T]):
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: Optional[type] = None) -> "lazy[T]": ...

    @overload
    def __get__(self, instance: object, owner: Optional[type] = None) -> T: ...

    def __get__(self, instance: Optional[object], owner: Optional[type] = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


#: The methods and attributes of a compiled pattern that :class:`LazyPattern` hands on.
_PATTERN_MEMBERS = frozenset({"match", "search", "fullmatch", "finditer", "findall", "sub", "subn",
                              "split", "scanner", "flags", "groups", "groupindex"})


class LazyPattern:
    """A regular expression compiled on first use, then used as the compiled pattern itself.

    Rules keep hundreds of patterns at module level; compiling them all took half of the start-up
    of a small run (a pre-commit hook on a few files), though a run uses only the patterns of the
    rules its text wakes. On first use the pattern is compiled and its methods are stored on the
    instance, where later lookups find them directly (no call back here); compiled once per machine,
    kept in the store (:mod:`newslint.compiled`). ``pattern`` is the source, as on a compiled
    pattern; the flags are the compiled pattern's."""

    #: Every lazy pattern made (they are module constants): ``newslint warm`` compiles them all
    #: into the store (:mod:`newslint.compiled`).
    made: "list[LazyPattern]" = []

    def __init__(self, source: str, flags: int = 0):
        self.pattern = source
        self._flags = flags
        LazyPattern.made.append(self)

    def __getattr__(self, name: str) -> Any:
        if name not in _PATTERN_MEMBERS:
            raise AttributeError(name)
        compiled = compile_pattern(self.__dict__["pattern"], self.__dict__["_flags"])
        for member in _PATTERN_MEMBERS:
            setattr(self, member, getattr(compiled, member))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def lazy_pattern(source: str, flags: int = 0) -> "re.Pattern[str]":
    """``re.compile(source, flags)``, compiled when the pattern is first used (see
    :class:`LazyPattern`): for patterns kept at module level."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))
