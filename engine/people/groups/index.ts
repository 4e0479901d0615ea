/** Groups of users as records: tasks, queues and rules name them by id. */
export {
  groups,
  groupMembers,
  createGroup,
  updateGroup,
  setGroupMembers,
  deleteGroup,
  type GroupInput,
} from './manage-groups.ts';
