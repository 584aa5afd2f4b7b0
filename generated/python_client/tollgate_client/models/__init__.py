"""Contains all the data models used in inputs/outputs"""

from .action_brief import ActionBrief
from .action_classification import ActionClassification
from .action_create import ActionCreate
from .action_list import ActionList
from .action_response import ActionResponse
from .action_sort import ActionSort
from .action_source import ActionSource
from .action_status import ActionStatus
from .action_status_counts import ActionStatusCounts
from .action_update import ActionUpdate
from .agent_response import AgentResponse
from .agent_response_artifacts_item import AgentResponseArtifactsItem
from .agent_response_context_update import AgentResponseContextUpdate
from .agent_type import AgentType
from .ai_chat_request import AIChatRequest
from .ai_coach_request import AICoachRequest
from .ai_context import AIContext
from .ai_conversation_brief import AIConversationBrief
from .ai_conversation_list import AIConversationList
from .ai_conversation_response import AIConversationResponse
from .ai_conversation_sort import AIConversationSort
from .ai_message import AIMessage
from .ai_report_generate_request import AIReportGenerateRequest
from .ai_stats_interpret_request import AIStatsInterpretRequest
from .ai_stats_recommend_request import AIStatsRecommendRequest
from .ai_triage_draft import AITriageDraft
from .ai_triage_request import AITriageRequest
from .alternative import Alternative
from .analysis_accepted import AnalysisAccepted
from .analysis_brief import AnalysisBrief
from .analysis_configuration import AnalysisConfiguration
from .analysis_configuration_expected_proportions import AnalysisConfigurationExpectedProportions
from .analysis_create import AnalysisCreate
from .analysis_list import AnalysisList
from .analysis_response import AnalysisResponse
from .analysis_result import AnalysisResult
from .analysis_result_data import AnalysisResultData
from .analysis_result_data_details import AnalysisResultDataDetails
from .analysis_result_data_interpretation_context import AnalysisResultDataInterpretationContext
from .analysis_result_data_summary import AnalysisResultDataSummary
from .analysis_result_details import AnalysisResultDetails
from .analysis_result_interpretation_context import AnalysisResultInterpretationContext
from .analysis_result_summary import AnalysisResultSummary
from .analysis_sort import AnalysisSort
from .analysis_status import AnalysisStatus
from .artifact_brief import ArtifactBrief
from .artifact_create import ArtifactCreate
from .artifact_create_content import ArtifactCreateContent
from .artifact_list import ArtifactList
from .artifact_response import ArtifactResponse
from .artifact_response_content import ArtifactResponseContent
from .artifact_sort import ArtifactSort
from .artifact_status import ArtifactStatus
from .artifact_type import ArtifactType
from .artifact_update import ArtifactUpdate
from .artifact_update_content import ArtifactUpdateContent
from .audit_action import AuditAction
from .audit_event_brief import AuditEventBrief
from .audit_event_brief_changes import AuditEventBriefChanges
from .audit_event_list import AuditEventList
from .audit_event_sort import AuditEventSort
from .capability_distribution import CapabilityDistribution
from .column_kind import ColumnKind
from .column_profile import ColumnProfile
from .correlation_method import CorrelationMethod
from .current_phase import CurrentPhase
from .current_phase_counts import CurrentPhaseCounts
from .custom_fields import CustomFields
from .dashboard_period import DashboardPeriod
from .dataset_brief import DatasetBrief
from .dataset_list import DatasetList
from .dataset_preview import DatasetPreview
from .dataset_profile import DatasetProfile
from .dataset_response import DatasetResponse
from .dataset_response_summary_stats_type_0 import DatasetResponseSummaryStatsType0
from .dataset_sort import DatasetSort
from .dataset_upload import DatasetUpload
from .dataset_upload_accepted import DatasetUploadAccepted
from .document_brief import DocumentBrief
from .document_link_create import DocumentLinkCreate
from .document_list import DocumentList
from .document_response import DocumentResponse
from .document_sort import DocumentSort
from .document_type import DocumentType
from .document_upload import DocumentUpload
from .error_body import Error
from .error_code import ErrorCode
from .external_stakeholder_brief import ExternalStakeholderBrief
from .external_stakeholder_create import ExternalStakeholderCreate
from .external_stakeholder_list import ExternalStakeholderList
from .external_stakeholder_response import ExternalStakeholderResponse
from .external_stakeholder_sort import ExternalStakeholderSort
from .external_stakeholder_update import ExternalStakeholderUpdate
from .field_error import FieldError
from .file_format import FileFormat
from .gate_decision import GateDecision
from .gate_readiness import GateReadiness
from .gate_review_create import GateReviewCreate
from .gate_review_decision import GateReviewDecision
from .gate_review_list import GateReviewList
from .gate_review_response import GateReviewResponse
from .gate_review_sort import GateReviewSort
from .health import Health
from .health_counts import HealthCounts
from .health_status import HealthStatus
from .influence import Influence
from .initial_initiative_status import InitialInitiativeStatus
from .initiative_brief import InitiativeBrief
from .initiative_counts import InitiativeCounts
from .initiative_create import InitiativeCreate
from .initiative_dashboard import InitiativeDashboard
from .initiative_list import InitiativeList
from .initiative_response import InitiativeResponse
from .initiative_response_phase_progress import InitiativeResponsePhaseProgress
from .initiative_sort import InitiativeSort
from .initiative_status import InitiativeStatus
from .initiative_status_counts import InitiativeStatusCounts
from .initiative_type import InitiativeType
from .initiative_update import InitiativeUpdate
from .job_brief import JobBrief
from .job_kind import JobKind
from .job_response import JobResponse
from .job_response_result_type_0 import JobResponseResultType0
from .job_status import JobStatus
from .job_subject_type import JobSubjectType
from .liveness_state import LivenessState
from .login_request import LoginRequest
from .message_role import MessageRole
from .methodology import Methodology
from .methodology_counts import MethodologyCounts
from .metric_brief import MetricBrief
from .metric_category import MetricCategory
from .metric_create import MetricCreate
from .metric_direction import MetricDirection
from .metric_frequency import MetricFrequency
from .metric_list import MetricList
from .metric_progress import MetricProgress
from .metric_response import MetricResponse
from .metric_sort import MetricSort
from .metric_update import MetricUpdate
from .metric_value_brief import MetricValueBrief
from .metric_value_create import MetricValueCreate
from .metric_value_list import MetricValueList
from .metric_value_response import MetricValueResponse
from .metric_value_sort import MetricValueSort
from .note_brief import NoteBrief
from .note_create import NoteCreate
from .note_list import NoteList
from .note_response import NoteResponse
from .note_sort import NoteSort
from .note_type import NoteType
from .note_update import NoteUpdate
from .phase_brief import PhaseBrief
from .phase_list import PhaseList
from .phase_name import PhaseName
from .phase_progress import PhaseProgress
from .phase_response import PhaseResponse
from .phase_sort import PhaseSort
from .phase_status import PhaseStatus
from .phase_update import PhaseUpdate
from .plotly_figure import PlotlyFigure
from .plotly_figure_data_item import PlotlyFigureDataItem
from .plotly_figure_layout import PlotlyFigureLayout
from .portfolio_dashboard import PortfolioDashboard
from .portfolio_totals import PortfolioTotals
from .priority import Priority
from .priority_counts import PriorityCounts
from .profile_status import ProfileStatus
from .raci import Raci
from .readiness_check import ReadinessCheck
from .readiness_state import ReadinessState
from .readiness_status import ReadinessStatus
from .register_request import RegisterRequest
from .report_accepted import ReportAccepted
from .report_brief import ReportBrief
from .report_create import ReportCreate
from .report_format import ReportFormat
from .report_list import ReportList
from .report_parameters import ReportParameters
from .report_response import ReportResponse
from .report_sort import ReportSort
from .report_status import ReportStatus
from .report_type import ReportType
from .request_brief import RequestBrief
from .request_convert import RequestConvert
from .request_create import RequestCreate
from .request_list import RequestList
from .request_pipeline_dashboard import RequestPipelineDashboard
from .request_response import RequestResponse
from .request_response_triage_rationale_type_0 import RequestResponseTriageRationaleType0
from .request_sort import RequestSort
from .request_status import RequestStatus
from .request_status_counts import RequestStatusCounts
from .request_update import RequestUpdate
from .role import Role
from .savings_total import SavingsTotal
from .settable_phase_status import SettablePhaseStatus
from .settable_request_status import SettableRequestStatus
from .sort_order import SortOrder
from .stakeholder_brief import StakeholderBrief
from .stakeholder_create import StakeholderCreate
from .stakeholder_list import StakeholderList
from .stakeholder_response import StakeholderResponse
from .stakeholder_role import StakeholderRole
from .stakeholder_sort import StakeholderSort
from .stakeholder_update import StakeholderUpdate
from .stats_test_catalog import StatsTestCatalog
from .stats_test_definition import StatsTestDefinition
from .stats_test_definition_configuration_schema import StatsTestDefinitionConfigurationSchema
from .support_level import SupportLevel
from .team_brief import TeamBrief
from .team_create import TeamCreate
from .team_dashboard import TeamDashboard
from .team_dashboard_member import TeamDashboardMember
from .team_list import TeamList
from .team_member_create import TeamMemberCreate
from .team_member_list import TeamMemberList
from .team_member_response import TeamMemberResponse
from .team_member_sort import TeamMemberSort
from .team_response import TeamResponse
from .team_role import TeamRole
from .team_sort import TeamSort
from .team_update import TeamUpdate
from .team_workload import TeamWorkload
from .test_category import TestCategory
from .test_recommendation import TestRecommendation
from .test_recommendation_list import TestRecommendationList
from .test_type import TestType
from .throughput_month import ThroughputMonth
from .timeline_event import TimelineEvent
from .timeline_event_changes import TimelineEventChanges
from .timeline_event_kind import TimelineEventKind
from .timeline_list import TimelineList
from .token_response import TokenResponse
from .token_type import TokenType
from .triage_result import TriageResult
from .triage_result_rationale import TriageResultRationale
from .user_brief import UserBrief
from .user_create import UserCreate
from .user_dashboard import UserDashboard
from .user_list import UserList
from .user_response import UserResponse
from .user_self_update import UserSelfUpdate
from .user_sort import UserSort
from .user_update import UserUpdate
from .user_workload import UserWorkload
from .workload_entry_brief import WorkloadEntryBrief
from .workload_entry_create import WorkloadEntryCreate
from .workload_entry_list import WorkloadEntryList
from .workload_entry_response import WorkloadEntryResponse
from .workload_entry_sort import WorkloadEntrySort
from .workload_entry_update import WorkloadEntryUpdate
from .workload_week import WorkloadWeek

__all__ = (
    "ActionBrief",
    "ActionClassification",
    "ActionCreate",
    "ActionList",
    "ActionResponse",
    "ActionSort",
    "ActionSource",
    "ActionStatus",
    "ActionStatusCounts",
    "ActionUpdate",
    "AgentResponse",
    "AgentResponseArtifactsItem",
    "AgentResponseContextUpdate",
    "AgentType",
    "AIChatRequest",
    "AICoachRequest",
    "AIContext",
    "AIConversationBrief",
    "AIConversationList",
    "AIConversationResponse",
    "AIConversationSort",
    "AIMessage",
    "AIReportGenerateRequest",
    "AIStatsInterpretRequest",
    "AIStatsRecommendRequest",
    "AITriageDraft",
    "AITriageRequest",
    "Alternative",
    "AnalysisAccepted",
    "AnalysisBrief",
    "AnalysisConfiguration",
    "AnalysisConfigurationExpectedProportions",
    "AnalysisCreate",
    "AnalysisList",
    "AnalysisResponse",
    "AnalysisResult",
    "AnalysisResultData",
    "AnalysisResultDataDetails",
    "AnalysisResultDataInterpretationContext",
    "AnalysisResultDataSummary",
    "AnalysisResultDetails",
    "AnalysisResultInterpretationContext",
    "AnalysisResultSummary",
    "AnalysisSort",
    "AnalysisStatus",
    "ArtifactBrief",
    "ArtifactCreate",
    "ArtifactCreateContent",
    "ArtifactList",
    "ArtifactResponse",
    "ArtifactResponseContent",
    "ArtifactSort",
    "ArtifactStatus",
    "ArtifactType",
    "ArtifactUpdate",
    "ArtifactUpdateContent",
    "AuditAction",
    "AuditEventBrief",
    "AuditEventBriefChanges",
    "AuditEventList",
    "AuditEventSort",
    "CapabilityDistribution",
    "ColumnKind",
    "ColumnProfile",
    "CorrelationMethod",
    "CurrentPhase",
    "CurrentPhaseCounts",
    "CustomFields",
    "DashboardPeriod",
    "DatasetBrief",
    "DatasetList",
    "DatasetPreview",
    "DatasetProfile",
    "DatasetResponse",
    "DatasetResponseSummaryStatsType0",
    "DatasetSort",
    "DatasetUpload",
    "DatasetUploadAccepted",
    "DocumentBrief",
    "DocumentLinkCreate",
    "DocumentList",
    "DocumentResponse",
    "DocumentSort",
    "DocumentType",
    "DocumentUpload",
    "Error",
    "ErrorCode",
    "ExternalStakeholderBrief",
    "ExternalStakeholderCreate",
    "ExternalStakeholderList",
    "ExternalStakeholderResponse",
    "ExternalStakeholderSort",
    "ExternalStakeholderUpdate",
    "FieldError",
    "FileFormat",
    "GateDecision",
    "GateReadiness",
    "GateReviewCreate",
    "GateReviewDecision",
    "GateReviewList",
    "GateReviewResponse",
    "GateReviewSort",
    "Health",
    "HealthCounts",
    "HealthStatus",
    "Influence",
    "InitialInitiativeStatus",
    "InitiativeBrief",
    "InitiativeCounts",
    "InitiativeCreate",
    "InitiativeDashboard",
    "InitiativeList",
    "InitiativeResponse",
    "InitiativeResponsePhaseProgress",
    "InitiativeSort",
    "InitiativeStatus",
    "InitiativeStatusCounts",
    "InitiativeType",
    "InitiativeUpdate",
    "JobBrief",
    "JobKind",
    "JobResponse",
    "JobResponseResultType0",
    "JobStatus",
    "JobSubjectType",
    "LivenessState",
    "LoginRequest",
    "MessageRole",
    "Methodology",
    "MethodologyCounts",
    "MetricBrief",
    "MetricCategory",
    "MetricCreate",
    "MetricDirection",
    "MetricFrequency",
    "MetricList",
    "MetricProgress",
    "MetricResponse",
    "MetricSort",
    "MetricUpdate",
    "MetricValueBrief",
    "MetricValueCreate",
    "MetricValueList",
    "MetricValueResponse",
    "MetricValueSort",
    "NoteBrief",
    "NoteCreate",
    "NoteList",
    "NoteResponse",
    "NoteSort",
    "NoteType",
    "NoteUpdate",
    "PhaseBrief",
    "PhaseList",
    "PhaseName",
    "PhaseProgress",
    "PhaseResponse",
    "PhaseSort",
    "PhaseStatus",
    "PhaseUpdate",
    "PlotlyFigure",
    "PlotlyFigureDataItem",
    "PlotlyFigureLayout",
    "PortfolioDashboard",
    "PortfolioTotals",
    "Priority",
    "PriorityCounts",
    "ProfileStatus",
    "Raci",
    "ReadinessCheck",
    "ReadinessState",
    "ReadinessStatus",
    "RegisterRequest",
    "ReportAccepted",
    "ReportBrief",
    "ReportCreate",
    "ReportFormat",
    "ReportList",
    "ReportParameters",
    "ReportResponse",
    "ReportSort",
    "ReportStatus",
    "ReportType",
    "RequestBrief",
    "RequestConvert",
    "RequestCreate",
    "RequestList",
    "RequestPipelineDashboard",
    "RequestResponse",
    "RequestResponseTriageRationaleType0",
    "RequestSort",
    "RequestStatus",
    "RequestStatusCounts",
    "RequestUpdate",
    "Role",
    "SavingsTotal",
    "SettablePhaseStatus",
    "SettableRequestStatus",
    "SortOrder",
    "StakeholderBrief",
    "StakeholderCreate",
    "StakeholderList",
    "StakeholderResponse",
    "StakeholderRole",
    "StakeholderSort",
    "StakeholderUpdate",
    "StatsTestCatalog",
    "StatsTestDefinition",
    "StatsTestDefinitionConfigurationSchema",
    "SupportLevel",
    "TeamBrief",
    "TeamCreate",
    "TeamDashboard",
    "TeamDashboardMember",
    "TeamList",
    "TeamMemberCreate",
    "TeamMemberList",
    "TeamMemberResponse",
    "TeamMemberSort",
    "TeamResponse",
    "TeamRole",
    "TeamSort",
    "TeamUpdate",
    "TeamWorkload",
    "TestCategory",
    "TestRecommendation",
    "TestRecommendationList",
    "TestType",
    "ThroughputMonth",
    "TimelineEvent",
    "TimelineEventChanges",
    "TimelineEventKind",
    "TimelineList",
    "TokenResponse",
    "TokenType",
    "TriageResult",
    "TriageResultRationale",
    "UserBrief",
    "UserCreate",
    "UserDashboard",
    "UserList",
    "UserResponse",
    "UserSelfUpdate",
    "UserSort",
    "UserUpdate",
    "UserWorkload",
    "WorkloadEntryBrief",
    "WorkloadEntryCreate",
    "WorkloadEntryList",
    "WorkloadEntryResponse",
    "WorkloadEntrySort",
    "WorkloadEntryUpdate",
    "WorkloadWeek",
)
