import { graphql } from './generated/index.js';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer { id displayName role email plan reputation }
  }
`);

export const HomeQuery = graphql(`
  query Home($first: Int!, $after: String, $categoryId: ID) {
    categories { id slug name description topicCount }
    topics(first: $first, after: $after, categoryId: $categoryId) {
      edges {
        cursor
        node {
          id title status answerCount meTooCount lastActivityAt
          author { id displayName role }
          category { id slug name }
          tags { id name }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CategoryQuery = graphql(`
  query CategoryBySlug($slug: String!) {
    category(slug: $slug) { id slug name description topicCount }
  }
`);

export const TopicQuery = graphql(`
  query TopicPage($id: ID!) {
    topic(id: $id) {
      id title bodyHtml status meTooCount answerCount createdAt lastActivityAt
      author { id displayName role }
      category { id slug name }
      tags { id name }
      answers(first: 50) {
        edges {
          node {
            id bodyHtml score isAccepted isOfficial createdAt
            author { id displayName role }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { user { id displayName role } }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) { user { id displayName role } }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut { loggedOut }
  }
`);

export const UsersQuery = graphql(`
  query Users($query: String, $after: String) {
    users(first: 50, query: $query, after: $after) {
      edges { node { id displayName email role reputation createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) { user { id role } }
  }
`);
