from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_category import TestCategory
from ..models.test_type import TestType

if TYPE_CHECKING:
    from ..models.stats_test_definition_configuration_schema import StatsTestDefinitionConfigurationSchema


T = TypeVar("T", bound="StatsTestDefinition")


@_attrs_define
class StatsTestDefinition:
    """One test of the catalog.

    Attributes:
        test_type (TestType):
        test_category (TestCategory):
        name (str):  Example: One-way ANOVA.
        description (str):
        configuration_schema (StatsTestDefinitionConfigurationSchema): A JSON Schema (draft 2020-12) of this test's
            `configuration`: a subset of AnalysisConfiguration
            with the fields the test reads, its `required` list and its defaults.
        min_observations (int): Fewest usable (non-null) observations the test accepts (per group where it compares
            groups).
    """

    test_type: TestType
    test_category: TestCategory
    name: str
    description: str
    configuration_schema: StatsTestDefinitionConfigurationSchema
    min_observations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_type = self.test_type.value

        test_category = self.test_category.value

        name = self.name

        description = self.description

        configuration_schema = self.configuration_schema.to_dict()

        min_observations = self.min_observations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "test_type": test_type,
                "test_category": test_category,
                "name": name,
                "description": description,
                "configuration_schema": configuration_schema,
                "min_observations": min_observations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stats_test_definition_configuration_schema import (
            StatsTestDefinitionConfigurationSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        test_type = TestType(d.pop("test_type"))

        test_category = TestCategory(d.pop("test_category"))

        name = d.pop("name")

        description = d.pop("description")

        configuration_schema = StatsTestDefinitionConfigurationSchema.from_dict(d.pop("configuration_schema"))

        min_observations = d.pop("min_observations")

        stats_test_definition = cls(
            test_type=test_type,
            test_category=test_category,
            name=name,
            description=description,
            configuration_schema=configuration_schema,
            min_observations=min_observations,
        )

        stats_test_definition.additional_properties = d
        return stats_test_definition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
