import { NotFoundNotice } from "../_components/not-found-notice";

// Inside the app's shell, which already provides the <main> landmark.
export default function NotFound() {
  return <NotFoundNotice />;
}
