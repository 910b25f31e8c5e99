import { graphql } from '../../gql';

/** Documents of 个案会商 (modules/consultation): cases, joint meetings, follow-up tasks. */
export const CONSULTATION_TASK_FIELDS = graphql(`
  fragment ConsultationTaskFields on ConsultationTask {
    id
    caseId
    meetingId
    meetingDate
    departmentId
    departmentName
    householdId
    headName
    areaName
    content
    limitDays
    extensionDays
    pendingExtension {
      id
      days
      reason
      requestedByName
      requestedAt
    }
    dueDate
    clockLevel
    clockLevelName
    overdueDays
    remainingDays
    status
    statusName
    doneNote
    doneByName
    doneAt
    version
  }
`);

export const CONSULTATION_CASE_FIELDS = graphql(`
  fragment ConsultationCaseFields on ConsultationCase {
    id
    householdId
    headName
    areaCode
    areaName
    applicationId
    receiptNo
    referralId
    level
    levelName
    reason
    status
    statusName
    raisedByName
    raisedByDepartmentName
    raisedAt
    closedAt
    totalTasks
    openTasks
    version
  }
`);

export const CONSULTATION_CASES = graphql(`
  query ConsultationCases($status: ConsultationCaseStatus, $level: ConsultationLevel, $householdId: ID, $page: Int, $pageSize: Int) {
    consultationCases(status: $status, level: $level, householdId: $householdId, page: $page, pageSize: $pageSize) {
      total
      items {
        ...ConsultationCaseFields
      }
    }
  }
`);

export const CONSULTATION_CASE = graphql(`
  query ConsultationCase($id: ID!) {
    consultationCase(id: $id) {
      ...ConsultationCaseFields
      decisions {
        meetingId
        meetingDate
        decision
      }
      tasks {
        ...ConsultationTaskFields
      }
    }
  }
`);

export const JOINT_MEETINGS = graphql(`
  query JointMeetings($page: Int, $pageSize: Int) {
    jointMeetings(page: $page, pageSize: $pageSize) {
      total
      items {
        id
        level
        levelName
        areaName
        meetingDate
        place
        members {
          name
          department
        }
        recorder
        summary
        recordedByName
        cases {
          caseId
          headName
          areaName
          decision
        }
        taskCount
      }
    }
  }
`);

export const CONSULTATION_TASKS = graphql(`
  query ConsultationTasks($status: ConsultationTaskStatus, $overdue: Boolean, $page: Int, $pageSize: Int) {
    consultationTasks(status: $status, overdue: $overdue, page: $page, pageSize: $pageSize) {
      total
      items {
        ...ConsultationTaskFields
      }
    }
  }
`);

export const RAISE_CONSULTATION = graphql(`
  mutation RaiseConsultation($input: RaiseConsultationInput!) {
    raiseConsultation(input: $input) {
      ...ConsultationCaseFields
    }
  }
`);

export const RECORD_JOINT_MEETING = graphql(`
  mutation RecordJointMeeting($input: JointMeetingInput!) {
    recordJointMeeting(input: $input) {
      id
      taskCount
    }
  }
`);

export const COMPLETE_CONSULTATION_TASK = graphql(`
  mutation CompleteConsultationTask($id: ID!, $note: String!, $version: Int!) {
    completeConsultationTask(id: $id, note: $note, version: $version) {
      ...ConsultationTaskFields
    }
  }
`);

export const REQUEST_CONSULTATION_TASK_EXTENSION = graphql(`
  mutation RequestConsultationTaskExtension($taskId: ID!, $days: Int!, $reason: String!) {
    requestConsultationTaskExtension(taskId: $taskId, days: $days, reason: $reason) {
      ...ConsultationTaskFields
    }
  }
`);

export const CONSULTATION_TASK_EXTENSIONS = graphql(`
  query ConsultationTaskExtensions($status: ExtensionStatus) {
    consultationTaskExtensions(status: $status) {
      id
      taskId
      days
      reason
      status
      requestedByName
      requestedAt
      taskContent
      departmentName
      headName
      areaName
      meetingLevelName
      meetingDate
      limitDays
      extensionDays
      dueDate
    }
  }
`);

export const DECIDE_CONSULTATION_TASK_EXTENSION = graphql(`
  mutation DecideConsultationTaskExtension($id: ID!, $approve: Boolean!, $note: String) {
    decideConsultationTaskExtension(id: $id, approve: $approve, note: $note) {
      id
      status
      dueDate
      extensionDays
    }
  }
`);
