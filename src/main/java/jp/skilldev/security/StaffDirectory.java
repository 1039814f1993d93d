package jp.skilldev.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps the bureau's Camunda groups, their Tasklist access and the shared Tasklist filters in place
 * on every start. Runs in every environment: the groups are contracts of the BPMN candidate groups.
 * It runs once every bean exists and before the web server accepts the first request.
 */
@Component
public class StaffDirectory implements SmartInitializingSingleton {

    static final String FILTER_MY_GROUPS = "担当グループのタスク / My groups' tasks";
    static final String FILTER_MINE = "自分のタスク / My tasks";

    private static final Map<String, String> GROUP_NAMES = Map.of(
            StaffGroups.DESIGNATION_REVIEWERS, "指定講座審査 / Designation reviewers",
            StaffGroups.SUBSIDY_REVIEWERS, "助成金審査 / Subsidy reviewers",
            StaffGroups.LEAVE_BENEFIT_OFFICERS, "教育訓練休暇給付 / Leave-benefit officers",
            StaffGroups.COUNCIL_SECRETARIAT, "地域協議会事務局 / Council secretariat");

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public StaffDirectory(IdentityService identityService, AuthorizationService authorizationService,
                          FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureGroupsAndFilters();
    }

    /** Idempotent: every group, grant and filter is created only when missing. */
    public void ensureGroupsAndFilters() {
        GROUP_NAMES.forEach(this::ensureGroup);
        for (String group : StaffGroups.WORK_GROUPS) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
            grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        }
        TaskQuery myGroups = taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks();
        TaskQuery mine = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}");
        ensureFilter(FILTER_MY_GROUPS, myGroups, -10);
        ensureFilter(FILTER_MINE, mine, -5);
    }

    /** A staff account in the given work groups; used by the demo data and by tests. */
    public void ensureStaffUser(String id, String password, String firstName, String lastName, String email,
                                List<String> groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            var user = identityService.newUser(id);
            user.setPassword(password);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!present) {
            Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void ensureFilter(String name, TaskQuery query, int priority) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name).setQuery(query)
                    .setProperties(Map.of("priority", priority, "refresh", true, "description", name));
            filterService.saveFilter(filter);
        }
        for (String group : StaffGroups.WORK_GROUPS) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
