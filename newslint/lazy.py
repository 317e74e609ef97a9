"""``lazy``: a cached property without a lock, for the per-document model.

:class:`functools.cached_property` before Python 3.12 takes a lock shared by every instance on each
first computation (removed in 3.12 as a mistake: it serialises threads and costs a lock round per
value). The article model computes tens of values per document, millions of documents a run, each
on one thread; Dask's threads each lint their own document. This descriptor is the 3.12 behaviour:
compute once, store in the instance's ``__dict__``, where later lookups find it without calling
back (a non-data descriptor).
"""

from __future__ import annotations

from typing import Any, Callable, Generic, Optional, TypeVar, overload

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
