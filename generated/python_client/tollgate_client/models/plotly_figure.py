from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plotly_figure_data_item import PlotlyFigureDataItem
    from ..models.plotly_figure_layout import PlotlyFigureLayout


T = TypeVar("T", bound="PlotlyFigure")


@_attrs_define
class PlotlyFigure:
    """A Plotly figure as JSON (`data` traces and `layout`), ready for Plotly.newPlot.

    Attributes:
        data (list[PlotlyFigureDataItem]):
        layout (PlotlyFigureLayout):
    """

    data: list[PlotlyFigureDataItem]
    layout: PlotlyFigureLayout
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        layout = self.layout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "layout": layout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plotly_figure_data_item import PlotlyFigureDataItem  # noqa: PLC0415
        from ..models.plotly_figure_layout import PlotlyFigureLayout  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PlotlyFigureDataItem.from_dict(data_item_data)

            data.append(data_item)

        layout = PlotlyFigureLayout.from_dict(d.pop("layout"))

        plotly_figure = cls(
            data=data,
            layout=layout,
        )

        plotly_figure.additional_properties = d
        return plotly_figure

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
